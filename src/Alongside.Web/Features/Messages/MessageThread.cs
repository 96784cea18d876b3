namespace Alongside.Web.Features.Messages;

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
