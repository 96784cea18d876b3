namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// One supervision meeting between a supervisor and a peer supporter. Private to the two of them:
/// not other supervisors, not admins.
/// </summary>
public class SupervisionEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid SupervisorUserId { get; set; }
    public Guid SupporterUserId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Topics { get; set; }
    public string? Actions { get; set; }

    /// <summary>How the supporter said they were, 1 (struggling) to 5 (well).</summary>
    public int Wellbeing { get; set; }
    public string? WellbeingNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
