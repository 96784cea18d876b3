namespace Alongside.Web.Kernel.Families;

/// <summary>A clinician the family works with. Care team members read private clinical records.</summary>
public class CareTeamMember
{
    public Guid FamilyId { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public Guid OrganisationId { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
