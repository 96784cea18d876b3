using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class GroupMeetingResponseConfiguration : IEntityTypeConfiguration<GroupMeetingResponse>
{
    public void Configure(EntityTypeBuilder<GroupMeetingResponse> b)
    {
        b.HasKey(x => new { x.GroupId, x.UserId, x.MeetingStartsAt });
        b.HasIndex(x => new { x.GroupId, x.MeetingStartsAt });
        b.Property(x => x.Feedback).HasMaxLength(2000);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}
