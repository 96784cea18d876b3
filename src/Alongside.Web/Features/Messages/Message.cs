namespace Alongside.Web.Features.Messages;

public class Message
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ThreadId { get; set; }
    public Guid SenderUserId { get; set; }
    public AppUser? Sender { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset SentAt { get; set; }

    /// <summary>The text had words that signal risk: the care team was alerted.</summary>
    public bool RiskFlagged { get; set; }
}
