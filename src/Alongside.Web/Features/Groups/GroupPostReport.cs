namespace Alongside.Web.Features.Groups;

/// <summary>A member's report of a post, for the group's moderators.</summary>
public class GroupPostReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PostId { get; set; }
    public Guid ReporterUserId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
