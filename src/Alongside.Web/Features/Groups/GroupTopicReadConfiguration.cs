using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class GroupTopicReadConfiguration : IEntityTypeConfiguration<GroupTopicRead>
{
    public void Configure(EntityTypeBuilder<GroupTopicRead> b)
    {
        // One row per person and topic: opening the topic again moves it on.
        b.HasKey(x => new { x.TopicId, x.UserId });
        b.HasIndex(x => new { x.UserId, x.GroupId });
        b.HasOne<GroupTopic>().WithMany().HasForeignKey(x => x.TopicId);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}
