namespace Alongside.Web.Features.Groups;

/// <summary>The moderation log: who did what to which post or member, and why.</summary>
public class GroupModerationEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GroupId { get; set; }
    public Guid ModeratorUserId { get; set; }
    public ModerationAction Action { get; set; }
    public Guid? PostId { get; set; }
    public Guid? MemberUserId { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
}
