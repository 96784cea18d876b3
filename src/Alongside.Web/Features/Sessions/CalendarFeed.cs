namespace Alongside.Web.Features.Sessions;

/// <summary>A person's secret calendar feed. Only the hash is kept; resetting makes a new one.</summary>
public class CalendarFeed
{
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
