namespace Alongside.Web.Features.Groups;

/// <summary>A message in a group's discussion, kept exactly as written and encoded when shown.</summary>
public class GroupPost
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GroupId { get; set; }

    /// <summary>The topic it belongs to, in the same group.</summary>
    public Guid TopicId { get; set; }
    public Guid AuthorUserId { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    public PostStatus Status { get; set; }
    public HoldReason HoldReason { get; set; }

    /// <summary>When its author last changed it (within <see cref="Discussion.DiscussionOptions.EditMinutes"/> of posting).</summary>
    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>When the group's organisation was alerted that this held post had waited too long.</summary>
    public DateTimeOffset? HeldAlertRaisedAt { get; set; }
}
