namespace Alongside.Web.Kernel.Organisations;

/// <summary>
/// One service an organisation offers (for example "Adoption support" or "Sensory OT"). A
/// referral may name one; a service with its own waiting list orders its referrals apart from
/// the organisation's other services.
/// </summary>
public class Service
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? About { get; set; }
    public bool OwnWaitingList { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the organisation stopped offering it; its referrals keep their history.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}
