using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Families;

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> b)
    {
        b.Property(x => x.Name).HaveMaxLengthOf(200);
        b.HasMany(x => x.Carers).WithOne(c => c.Family).HasForeignKey(c => c.FamilyId);
        b.HasMany(x => x.Children).WithOne().HasForeignKey(c => c.FamilyId);
        b.HasMany(x => x.Organisations).WithOne().HasForeignKey(o => o.FamilyId);
    }
}
