namespace Alongside.Web.Features.PeerSupport;

/// <summary>A peer supporter's worry about a child's or adult's safety, escalated to their supervisors with a record.</summary>
public class SafeguardingConcern
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid RaisedByUserId { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedByUserId { get; set; }
    public string? ActionTaken { get; set; }
}
