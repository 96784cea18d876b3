namespace Alongside.Web.Features.Groups;

/// <summary>A member's answer about one meeting: coming or not, whether they came, and how it was.</summary>
public class GroupMeetingResponse
{
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset MeetingStartsAt { get; set; }
    public bool Coming { get; set; }
    public bool? Attended { get; set; }
    public int? Rating { get; set; }
    public string? Feedback { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
