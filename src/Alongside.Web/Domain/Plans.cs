namespace Alongside.Web.Domain;

/// <summary>A clinician the family works with. Care team members read private clinical records.</summary>
public class CareTeamMember
{
    public Guid FamilyId { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public Guid OrganisationId { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

public enum AssessmentKind
{
    AdoptionSupport = 1,
    TherapeuticNeed = 2,
    OccupationalTherapy = 3,
}

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

public enum PlanStatus
{
    AwaitingAgreement = 1,
    Agreed = 2,
    ChangesRequested = 3,
    Superseded = 4,
}

public enum PlanItemKind
{
    ParentingSupportSessions = 1,
    CoachingSessions = 2,
    GroupCourse = 3,
    DirectTherapy = 4,
    PeerSupport = 5,
    SpecialistAssessment = 6,
}

/// <summary>
/// A support plan for one child. A change makes a new version; earlier versions stay readable
/// (Superseded) and are linked through <see cref="PreviousVersionId"/>.
/// </summary>
public class SupportPlan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Guid ChildId { get; set; }
    public Child? Child { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int Version { get; set; } = 1;
    public Guid? PreviousVersionId { get; set; }
    public PlanStatus Status { get; set; } = PlanStatus.AwaitingAgreement;
    public DateOnly StartDate { get; set; }
    public DateOnly ReviewDate { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public Guid? RespondedByUserId { get; set; }

    /// <summary>What the parents asked to change, in their words.</summary>
    public string? ParentComment { get; set; }
    public List<PlanGoal> Goals { get; } = [];
    public List<PlanItem> Items { get; } = [];
}

/// <summary>One of up to three goals, in the parents' own words.</summary>
public class PlanGoal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
}

public class PlanItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public PlanItemKind Kind { get; set; }

    /// <summary>How many sessions (for session items); sessions booked later count against it.</summary>
    public int? Sessions { get; set; }
    public int SessionsUsed { get; set; }
    public FundingRoute Funding { get; set; }
    public decimal Cost { get; set; }
    public string? FundingReference { get; set; }
}

public enum SharingAudience
{
    PeerSupporter = 1,
    Referrer = 2,
}

/// <summary>
/// A family's choice to share their plan and progress with someone outside the care team.
/// Revocable: a revoked choice is kept, with the time, so the record shows what was shared when.
/// </summary>
public class SharingConsent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public SharingAudience Audience { get; set; }
    public Guid GivenByUserId { get; set; }
    public DateTimeOffset From { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
