using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Families;

internal sealed class FamilyOrganisationConfiguration : IEntityTypeConfiguration<FamilyOrganisation>
{
    public void Configure(EntityTypeBuilder<FamilyOrganisation> b)
    {
        b.HasKey(x => new { x.FamilyId, x.OrganisationId });
        b.HasIndex(x => x.OrganisationId);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
    }
}
