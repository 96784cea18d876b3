using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Families;

internal sealed class CareTeamRequestConfiguration : IEntityTypeConfiguration<CareTeamRequest>
{
    public void Configure(EntityTypeBuilder<CareTeamRequest> b)
    {
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        // The family record lists its open requests; one open request per clinician and family.
        b.HasIndex(x => new { x.FamilyId, x.DecidedAt });
        b.HasIndex(x => new { x.FamilyId, x.UserId }).IsUnique().HasFilter("\"DecidedAt\" IS NULL");
    }
}
