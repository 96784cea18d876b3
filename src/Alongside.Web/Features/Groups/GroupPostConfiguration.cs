using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class GroupPostConfiguration : IEntityTypeConfiguration<GroupPost>
{
    public void Configure(EntityTypeBuilder<GroupPost> b)
    {
        b.HasIndex(x => new { x.GroupId, x.Status, x.PostedAt });
        b.HasIndex(x => new { x.AuthorUserId, x.PostedAt });
        // A topic's posts in order, and its count of visible ones.
        b.HasIndex(x => new { x.TopicId, x.Status, x.PostedAt });
        // The scan for held posts that have waited too long.
        b.HasIndex(x => new { x.Status, x.PostedAt });
        b.Property(x => x.Body).HasMaxLength(2000);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
        b.HasOne<GroupTopic>().WithMany().HasForeignKey(x => x.TopicId);
    }
}
