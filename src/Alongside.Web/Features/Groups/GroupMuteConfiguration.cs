using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class GroupMuteConfiguration : IEntityTypeConfiguration<GroupMute>
{
    public void Configure(EntityTypeBuilder<GroupMute> b)
    {
        b.HasKey(x => new { x.GroupId, x.UserId, x.MutedUserId });
        // "Who muted this author here?" when a post is sent live.
        b.HasIndex(x => new { x.GroupId, x.MutedUserId });
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}
