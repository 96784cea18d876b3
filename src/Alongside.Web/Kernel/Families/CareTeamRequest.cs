namespace Alongside.Web.Kernel.Families;

/// <summary>
/// A clinician asking to join a family's care team. Joining opens private clinical records, so
/// it needs a yes from someone already trusted: a care team member or an admin of the
/// clinician's organisation. Decided requests are kept, with who decided and when.
/// </summary>
public class CareTeamRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public Guid OrganisationId { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public bool? Approved { get; set; }
}
