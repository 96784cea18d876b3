using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Care;

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.Property(x => x.Cost).HasPrecision(10, 2);
        b.Property(x => x.FundingReference).HasMaxLength(100);
    }
}
