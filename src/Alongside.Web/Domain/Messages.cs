namespace Alongside.Web.Domain;

/// <summary>A conversation between a family and its care team.</summary>
public class MessageThread
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public required string Subject { get; set; }
    public Guid StartedByUserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastMessageAt { get; set; }
}

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

/// <summary>A file sent with a message, checked by its bytes and size before it is kept.</summary>
public class MessageAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MessageId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>How far a person has read a thread: messages after this are unread for them.</summary>
public class MessageThreadRead
{
    public Guid ThreadId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset ReadUpTo { get; set; }
}
