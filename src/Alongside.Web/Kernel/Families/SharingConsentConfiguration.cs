using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Families;

internal sealed class SharingConsentConfiguration : IEntityTypeConfiguration<SharingConsent>
{
    public void Configure(EntityTypeBuilder<SharingConsent> b)
    {
        b.HasIndex(x => new { x.FamilyId, x.Audience });
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}
