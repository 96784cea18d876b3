using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Risk;

internal sealed class RiskAlertConfiguration : IEntityTypeConfiguration<RiskAlert>
{
    public void Configure(EntityTypeBuilder<RiskAlert> b)
    {
        b.Property(x => x.Where).HaveMaxLengthOf(60);
        b.Property(x => x.Path).HaveMaxLengthOf(300);
        b.Property(x => x.ActionTaken).HasMaxLength(2000);
        b.HasMany(x => x.Organisations).WithOne().HasForeignKey(x => x.AlertId);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.AlertId);
        // The ladder's scan: open alerts whose next step is due; the queue: open alerts oldest first.
        b.HasIndex(x => new { x.AcknowledgedAt, x.NextEscalationAt });
        b.HasIndex(x => new { x.AcknowledgedAt, x.RaisedAt });
    }
}

internal sealed class RiskAlertOrganisationConfiguration : IEntityTypeConfiguration<RiskAlertOrganisation>
{
    public void Configure(EntityTypeBuilder<RiskAlertOrganisation> b)
    {
        b.HasKey(x => new { x.AlertId, x.OrganisationId });
        b.HasIndex(x => x.OrganisationId);
    }
}

internal sealed class RiskAlertStepConfiguration : IEntityTypeConfiguration<RiskAlertStep>
{
    public void Configure(EntityTypeBuilder<RiskAlertStep> b)
    {
        b.Property(x => x.What).HaveMaxLengthOf(300);
        b.HasIndex(x => new { x.AlertId, x.At });
    }
}
