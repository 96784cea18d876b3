using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Families;

internal sealed class FamilyCarerConfiguration : IEntityTypeConfiguration<FamilyCarer>
{
    public void Configure(EntityTypeBuilder<FamilyCarer> b)
    {
        b.HasIndex(x => new { x.UserId, x.FamilyId }).IsUnique();
        b.HasIndex(x => x.FamilyId);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}
