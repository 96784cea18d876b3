using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Sessions;

internal sealed class EarlierTimeRequestConfiguration : IEntityTypeConfiguration<EarlierTimeRequest>
{
    public void Configure(EntityTypeBuilder<EarlierTimeRequest> b)
    {
        // One open request per family and clinician; a second join in a race fails here.
        b.HasIndex(x => new { x.FamilyId, x.ClinicianUserId }).IsUnique().HasFilter("\"Status\" IN ('Waiting', 'Offered')");
        // Who is next for a clinician's freed slot.
        b.HasIndex(x => new { x.ClinicianUserId, x.Status, x.CreatedAt });
        b.HasOne<Alongside.Web.Kernel.Families.Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EarlierTimeHoldConfiguration : IEntityTypeConfiguration<EarlierTimeHold>
{
    public void Configure(EntityTypeBuilder<EarlierTimeHold> b)
    {
        b.HasIndex(x => new { x.ClinicianUserId, x.StartsAt }).IsUnique();
        b.HasIndex(x => x.ExpiresAt);
        b.HasOne<EarlierTimeRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
