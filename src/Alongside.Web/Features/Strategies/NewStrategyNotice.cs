namespace Alongside.Web.Features.Strategies;

public sealed record NewStrategyNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => "A new strategy to try at home";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/family/strategies", "Your care team has shared a new strategy to try at home. Sign in to read it and note how it goes:")];
}
