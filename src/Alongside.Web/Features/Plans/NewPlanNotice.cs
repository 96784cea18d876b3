namespace Alongside.Web.Features.Plans;

/// <summary>To the family: a support plan (or a new version) is ready to read and agree. What it says stays in the app.</summary>
public sealed record NewPlanNotice(Guid PlanId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => "Your support plan is ready to read";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/family/plans/{PlanId}", "Your care team has written a support plan with you in mind. Sign in to read it, then agree to it or ask for changes:")];
}
