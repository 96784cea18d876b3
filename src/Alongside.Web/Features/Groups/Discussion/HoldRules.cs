namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>Whether a new post is shown at once or held, and why. Risk words come first: the poster needs help.</summary>
public static class HoldRules
{
    public static HoldReason Decide(string body, IEnumerable<string> riskPhrases, DiscussionOptions options, bool newMemberNeedsApproval)
    {
        if (RiskWords.Signal(body, riskPhrases)) return HoldReason.RiskWords;
        if (RiskWords.Signal(body, options.WatchedWords)) return HoldReason.WatchedWords;
        return newMemberNeedsApproval ? HoldReason.NewMember : HoldReason.None;
    }
}
