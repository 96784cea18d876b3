using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class GroupPostSupportConfiguration : IEntityTypeConfiguration<GroupPostSupport>
{
    public void Configure(EntityTypeBuilder<GroupPostSupport> b)
    {
        // A post's count reads the key's first column.
        b.HasKey(x => new { x.PostId, x.UserId });
        b.HasOne<GroupPost>().WithMany().HasForeignKey(x => x.PostId);
    }
}
