namespace Alongside.Web.Kernel.Care;

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

    /// <summary>Goals are rated after every Nth attended session under this plan; null takes the organisation's default.</summary>
    public int? GoalsEverySessions { get; set; }

    /// <summary>Wellbeing and confidence are asked after every Nth attended session; null takes the organisation's default.</summary>
    public int? WellbeingEverySessions { get; set; }

    /// <summary>When the care team ended the support this plan describes (status Ended).</summary>
    public DateTimeOffset? EndedAt { get; set; }
    public Guid? EndedByUserId { get; set; }
    public PlanEndReason? EndReason { get; set; }
    public List<PlanGoal> Goals { get; } = [];
    public List<PlanItem> Items { get; } = [];
}
