namespace Alongside.Web.Features.Plans;

/// <summary>To the care team: the family agreed to the plan or asked for changes. Their comment stays in the app.</summary>
public sealed record PlanResponseNotice(bool Agreed, Guid FamilyId, Guid PlanId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => Agreed ? "A family has agreed to their support plan" : "A family has asked for changes to their support plan";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/staff/families/{FamilyId}/plans/{PlanId}", "A family you work with has responded to their support plan. Sign in to read it:")];
}
