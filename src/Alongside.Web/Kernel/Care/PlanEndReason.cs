namespace Alongside.Web.Kernel.Care;

/// <summary>Why the support a plan describes ended, for the family's record and the service's reports.</summary>
public enum PlanEndReason
{
    GoalsMet = 1,
    FamilyChoseToEnd = 2,
    ReferredElsewhere = 3,
    MovedAway = 4,
    FundingEnded = 5,
    Other = 6,
}
