using Alongside.Web.Features.PeerSupport;

namespace Alongside.Tests.Features.PeerSupport;

public sealed class MatchEndingTests
{
    [Fact]
    public void A_parent_may_give_any_reason_but_that_the_supporter_chose_to_stop()
    {
        Assert.DoesNotContain(MatchEndReason.SupporterChose, PeerChoices.EndReasonsFor(parent: true));
        Assert.Equal(Enum.GetValues<MatchEndReason>().Length - 1, PeerChoices.EndReasonsFor(parent: true).Count);
        Assert.Equal(Enum.GetValues<MatchEndReason>(), PeerChoices.EndReasonsFor(parent: false));
    }

    [Theory]
    [InlineData(null, false, false)]
    [InlineData(MatchEndReason.GoalsMet, true, true)]
    [InlineData(MatchEndReason.SupporterChose, true, false)]
    [InlineData(MatchEndReason.SupporterChose, false, true)]
    [InlineData((MatchEndReason)99, false, false)]
    [InlineData((MatchEndReason)0, true, false)]
    public void A_reason_is_required_and_must_be_one_offered(MatchEndReason? reason, bool parent, bool allowed) =>
        Assert.Equal(allowed, PeerChoices.MayEndFor(reason, parent));

    [Fact]
    public void Every_reason_reads_as_words()
    {
        foreach (var reason in Enum.GetValues<MatchEndReason>())
        {
            Assert.NotEqual(reason.ToString(), PeerChoices.EndReason(reason));
        }
    }

    [Theory]
    [InlineData("2026-03-10", "2026-03-10", 0)]
    [InlineData("2026-03-10", "2026-04-09", 0)]
    [InlineData("2026-03-10", "2026-04-10", 1)]
    [InlineData("2026-01-31", "2026-02-28", 1)] // a shorter month counts from its last day
    [InlineData("2025-11-15", "2026-03-14", 3)]
    [InlineData("2025-11-15", "2026-03-15", 4)]
    [InlineData("2026-05-01", "2026-04-01", 0)] // a start in the future is not negative
    public void Months_are_counted_as_a_calendar_counts_them(string start, string today, int months) =>
        Assert.Equal(months, MatchReview.MonthsSince(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0, "less than a month")]
    [InlineData(1, "1 month")]
    [InlineData(14, "14 months")]
    public void Months_read_as_words(int months, string words) => Assert.Equal(words, MatchReview.Describe(months));
}
