namespace Alongside.Web.Features.Sessions;

/// <summary>A reminder that has been queued for a session, one per offset, so none goes twice.</summary>
public class SessionReminder
{
    public Guid SessionId { get; set; }
    public int HoursBefore { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
}
