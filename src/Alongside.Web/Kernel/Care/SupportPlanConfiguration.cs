using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Care;

internal sealed class SupportPlanConfiguration : IEntityTypeConfiguration<SupportPlan>
{
    public void Configure(EntityTypeBuilder<SupportPlan> b)
    {
        b.Property(x => x.ParentComment).HasMaxLength(2000);
        b.HasIndex(x => new { x.FamilyId, x.CreatedAt });
        b.HasIndex(x => new { x.ChildId, x.StartDate });
        // A provider's plans as a list of ids without reading the rows (reports).
        b.HasIndex(x => new { x.OrganisationId, x.Id });
        b.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
        b.HasMany(x => x.Goals).WithOne().HasForeignKey(g => g.PlanId);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.PlanId);
    }
}
