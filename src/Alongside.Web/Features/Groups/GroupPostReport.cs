namespace Alongside.Web.Features.Groups;

/// <summary>A member's report of a post, for the group's moderators.</summary>
public class GroupPostReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PostId { get; set; }
    public Guid ReporterUserId { get; set; }
    public ReportCategory Category { get; set; } = ReportCategory.Other;

    /// <summary>The reporter's own words, if any (empty when they gave none).</summary>
    public required string Reason { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
