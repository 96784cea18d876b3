using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.PeerSupport;

internal sealed class SupervisionEntryConfiguration : IEntityTypeConfiguration<SupervisionEntry>
{
    public void Configure(EntityTypeBuilder<SupervisionEntry> b)
    {
        b.HasIndex(x => new { x.SupervisorUserId, x.SupporterUserId, x.HeldOn });
        b.HasIndex(x => new { x.SupporterUserId, x.HeldOn });
        b.Property(x => x.Topics).HasMaxLength(2000);
        b.Property(x => x.Actions).HasMaxLength(2000);
        b.Property(x => x.WellbeingNote).HasMaxLength(1000);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
    }
}
