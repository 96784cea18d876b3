namespace Alongside.Web.Features.Messages;

/// <summary>How far a person has read a thread: messages after this are unread for them.</summary>
public class MessageThreadRead
{
    public Guid ThreadId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset ReadUpTo { get; set; }
}
