namespace Alongside.Web.Features.Groups;

/// <summary>A member's own choice not to see another member's posts in a group. Nobody else is told.</summary>
public class GroupMute
{
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public Guid MutedUserId { get; set; }
    public DateTimeOffset At { get; set; }
}
