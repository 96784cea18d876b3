namespace Alongside.Web.Features.Messages;

/// <summary>
/// A conversation between a family and its care team, or, when <see cref="PeerSupportRequestId"/>
/// is set, between a family and the peer supporter of that match.
/// </summary>
public class MessageThread
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public required string Subject { get; set; }
    public Guid StartedByUserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastMessageAt { get; set; }

    /// <summary>The match this is a peer support conversation of; null for the care team's.</summary>
    public Guid? PeerSupportRequestId { get; set; }
}
