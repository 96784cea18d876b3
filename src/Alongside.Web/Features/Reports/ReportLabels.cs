namespace Alongside.Web.Features.Reports;

/// <summary>The words reports use for what they count: short, for a board paper's tables.</summary>
public static class ReportLabels
{
    public static string Funding(FundingRoute f) => f switch
    {
        FundingRoute.SelfFunded => "Paid by the family",
        FundingRoute.Asgsf => "ASGSF",
        FundingRoute.Commissioned => "Commissioned",
        _ => "Not known yet",
    };

    public static string Kind(SessionKind k) => k switch
    {
        SessionKind.ParentingSupport => "Parenting support",
        SessionKind.Coaching => "Coaching",
        SessionKind.Consultation => "Consultation",
        _ => "Child with parent",
    };

    public static string PlanItem(PlanItemKind k) => k switch
    {
        PlanItemKind.ParentingSupportSessions => "Parenting support sessions",
        PlanItemKind.CoachingSessions => "Coaching or consultation sessions",
        PlanItemKind.GroupCourse => "Group parenting course",
        PlanItemKind.DirectTherapy => "Direct therapy with the child",
        PlanItemKind.PeerSupport => "Peer support",
        _ => "Specialist assessment",
    };

    public static string Mode(DeliveryMode m) => m == DeliveryMode.Online ? "Online" : "Face to face";
}
