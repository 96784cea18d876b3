namespace Alongside.Web.Kernel.Care;

public class Assessment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Guid ChildId { get; set; }
    public Child? Child { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ClinicianUserId { get; set; }
    public AppUser? Clinician { get; set; }
    public AssessmentKind Kind { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Private to the care team: never shown to parents, referrers or peer supporters.</summary>
    public required string Findings { get; set; }
    public required string ParentsWishes { get; set; }
    public required string Recommendations { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
