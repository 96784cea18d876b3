
namespace Alongside.Web.Kernel.Care;

public static class PlanChoices
{
    public static readonly IReadOnlyList<PlanItemKind> Kinds = Enum.GetValues<PlanItemKind>();

    public static string Describe(PlanItemKind kind) => kind switch
    {
        PlanItemKind.ParentingSupportSessions => "1:1 therapeutic parenting support sessions",
        PlanItemKind.CoachingSessions => "Parent coaching or consultation sessions",
        PlanItemKind.GroupCourse => "Group parenting course",
        PlanItemKind.DirectTherapy => "Direct therapy with the child",
        PlanItemKind.PeerSupport => "Peer support",
        PlanItemKind.SpecialistAssessment => "Specialist assessment",
        _ => kind.ToString(),
    };

    /// <summary>Items counted in sessions; the others are a single course or service.</summary>
    public static bool CountsSessions(PlanItemKind kind) =>
        kind is PlanItemKind.ParentingSupportSessions or PlanItemKind.CoachingSessions or PlanItemKind.DirectTherapy;

    public static string Status(PlanStatus status) => status switch
    {
        PlanStatus.AwaitingAgreement => "Waiting for the family to agree",
        PlanStatus.Agreed => "Agreed",
        PlanStatus.ChangesRequested => "The family asked for changes",
        PlanStatus.Superseded => "Replaced by a newer version",
        PlanStatus.Ended => "Support ended",
        _ => status.ToString(),
    };

    public static string StatusTag(PlanStatus status) => status switch
    {
        PlanStatus.Agreed => "nhsuk-tag--green",
        PlanStatus.ChangesRequested => "nhsuk-tag--orange",
        PlanStatus.Superseded or PlanStatus.Ended => "nhsuk-tag--grey",
        _ => "nhsuk-tag--blue",
    };

    public static string EndReason(PlanEndReason reason) => reason switch
    {
        PlanEndReason.GoalsMet => "The goals were met",
        PlanEndReason.FamilyChoseToEnd => "The family chose to end it",
        PlanEndReason.ReferredElsewhere => "Referred to another service",
        PlanEndReason.MovedAway => "The family moved away",
        PlanEndReason.FundingEnded => "The funding ended",
        _ => "Another reason",
    };
}
