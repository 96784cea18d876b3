namespace Alongside.Web.Infrastructure.Auditing;

/// <summary>Who read or changed what in a family's record, when and why.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public Guid ActorUserId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public Guid? FamilyId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset At { get; set; }
}
