using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Care;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.Property(x => x.Findings).HaveMaxLengthOf(8000);
        b.Property(x => x.ParentsWishes).HaveMaxLengthOf(4000);
        b.Property(x => x.Recommendations).HaveMaxLengthOf(4000);
        b.HasIndex(x => new { x.FamilyId, x.Date });
        b.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId);
        b.HasOne(x => x.Clinician).WithMany().HasForeignKey(x => x.ClinicianUserId);
    }
}
