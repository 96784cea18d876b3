using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class GroupTopicConfiguration : IEntityTypeConfiguration<GroupTopic>
{
    public void Configure(EntityTypeBuilder<GroupTopic> b)
    {
        // The list: pinned first, then newest activity.
        b.HasIndex(x => new { x.GroupId, x.PinnedAt, x.LastActivityAt });
        b.Property(x => x.Title).HasMaxLength(GroupTopic.TitleMaxLength);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}
