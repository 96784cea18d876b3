using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Reports.Tallies;

internal sealed class TallyCohortConfiguration : IEntityTypeConfiguration<TallyCohort>
{
    public void Configure(EntityTypeBuilder<TallyCohort> b)
    {
        b.Property(x => x.Key).HasMaxLength(4000);
        b.HasIndex(x => new { x.OrganisationId, x.Key }).IsUnique();
    }
}

internal sealed class SessionTallyConfiguration : IEntityTypeConfiguration<SessionTally>
{
    public void Configure(EntityTypeBuilder<SessionTally> b) =>
        b.HasKey(x => new { x.OrganisationId, x.Month, x.CohortId, x.Status, x.LateCancellation, x.Kind, x.Mode });
}

internal sealed class FeedbackTallyConfiguration : IEntityTypeConfiguration<FeedbackTally>
{
    public void Configure(EntityTypeBuilder<FeedbackTally> b) =>
        b.HasKey(x => new { x.OrganisationId, x.Month, x.CohortId, x.Item });
}

internal sealed class TalliedMonthConfiguration : IEntityTypeConfiguration<TalliedMonth>
{
    public void Configure(EntityTypeBuilder<TalliedMonth> b) => b.HasKey(x => new { x.OrganisationId, x.Month });
}

internal sealed class TallyMarkConfiguration : IEntityTypeConfiguration<TallyMark>
{
    public void Configure(EntityTypeBuilder<TallyMark> b) => b.HasIndex(x => new { x.OrganisationId, x.Month });
}
