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
        // Duplicate referrals are spotted by the child's name and date of birth.
        b.HasIndex(x => new { x.FirstName, x.DateOfBirth });
        // Triage's duplicate check: children born on a day, whose names are then compared in any case.
        b.HasIndex(x => x.DateOfBirth);
    }
}
