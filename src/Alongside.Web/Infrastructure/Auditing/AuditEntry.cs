namespace Alongside.Web.Infrastructure.Auditing;

/// <summary>
/// Who read or changed what in a family's record, when and why. Append-only: the app refuses to
/// change or delete one, and so does the database (triggers in the Trust migration).
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public Guid ActorUserId { get; set; }

    /// <summary>The actor's role when they acted, as the family is shown it ("Clinician").</summary>
    public Role? ActorRole { get; set; }

    /// <summary>The actor's organisation when they acted, kept by name so the family's view survives staff leaving.</summary>
    public string? ActorOrganisation { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public Guid? FamilyId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset At { get; set; }
}
