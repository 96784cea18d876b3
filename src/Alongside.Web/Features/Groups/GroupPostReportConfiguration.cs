using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class GroupPostReportConfiguration : IEntityTypeConfiguration<GroupPostReport>
{
    public void Configure(EntityTypeBuilder<GroupPostReport> b)
    {
        b.HasIndex(x => new { x.PostId, x.ResolvedAt });
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasOne<GroupPost>().WithMany().HasForeignKey(x => x.PostId);
    }
}
