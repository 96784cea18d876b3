namespace Alongside.Web.Features.Groups;

/// <summary>One member "sending support" to a post: one per person and post; others see only the count.</summary>
public class GroupPostSupport
{
    public Guid PostId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset At { get; set; }
}
