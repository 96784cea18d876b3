namespace Alongside.Tests.Kernel.Care;

public sealed class WaitingListRulesTests
{
    private static readonly TimeSpan ThirteenWeeks = TimeSpan.FromDays(91);

    [Theory]
    [InlineData(1, 13, 1)]    // one leaves a week: first place, one week
    [InlineData(5, 13, 5)]
    [InlineData(3, 2, 20)]    // 2 in 13 weeks: 6.5 weeks each
    [InlineData(1, 26, 1)]    // two a week: under a week rounds up to one
    [InlineData(4, 26, 2)]
    public void Expected_wait_is_place_divided_by_the_recent_weekly_leaving_rate(int position, int left, int weeks) =>
        Assert.Equal(weeks, WaitingListRules.ExpectedWaitWeeks(position, left, ThirteenWeeks));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 5)]
    [InlineData(-1, 5)]
    public void With_nobody_leaving_or_no_place_there_is_no_estimate(int position, int left) =>
        Assert.Null(WaitingListRules.ExpectedWaitWeeks(position, left, ThirteenWeeks));

    [Theory]
    [InlineData(null, "We cannot estimate the wait yet")]
    [InlineData(1, "About 1 week")]
    [InlineData(6, "About 6 weeks")]
    [InlineData(20, "About 5 months")]
    [InlineData(52, "About 12 months")]
    public void Waits_are_described_in_plain_words(int? weeks, string text) =>
        Assert.Equal(text, WaitingListRules.DescribeWait(weeks));

    [Theory]
    [InlineData(ReferralStatus.New, ReferralStatus.Accepted, true)]
    [InlineData(ReferralStatus.New, ReferralStatus.Declined, true)]
    [InlineData(ReferralStatus.New, ReferralStatus.WaitingList, true)]
    [InlineData(ReferralStatus.WaitingList, ReferralStatus.Accepted, true)]
    [InlineData(ReferralStatus.WaitingList, ReferralStatus.Declined, true)]
    [InlineData(ReferralStatus.WaitingList, ReferralStatus.WaitingList, false)]
    [InlineData(ReferralStatus.Accepted, ReferralStatus.Declined, false)]
    [InlineData(ReferralStatus.Declined, ReferralStatus.Accepted, false)]
    [InlineData(ReferralStatus.Accepted, ReferralStatus.WaitingList, false)]
    public void A_decision_is_made_once(ReferralStatus from, ReferralStatus to, bool allowed) =>
        Assert.Equal(allowed, WaitingListRules.CanMove(from, to));
}
