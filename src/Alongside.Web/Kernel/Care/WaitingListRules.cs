
namespace Alongside.Web.Kernel.Care;

/// <summary>Waiting-list arithmetic and the moves a referral may make.</summary>
public static class WaitingListRules
{
    /// <summary>How far back leavers are counted to estimate the wait.</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromDays(91);

    /// <summary>
    /// Weeks until someone at <paramref name="position"/> is likely to be offered a place, from
    /// how many left the list in the recent window. Null when nobody has left yet: no honest estimate.
    /// </summary>
    public static int? ExpectedWaitWeeks(int position, int leftInWindow, TimeSpan window)
    {
        if (position < 1 || leftInWindow <= 0 || window <= TimeSpan.Zero) return null;
        var perWeek = leftInWindow / (window.TotalDays / 7);
        return (int)Math.Ceiling(position / perWeek);
    }

    public static string DescribeWait(int? weeks) => weeks switch
    {
        null => "We cannot estimate the wait yet",
        <= 1 => "About 1 week",
        < 9 => $"About {weeks} weeks",
        _ => $"About {Math.Round(weeks.Value / 4.345)} months",
    };

    public static bool CanMove(ReferralStatus from, ReferralStatus to) => (from, to) switch
    {
        (ReferralStatus.New, ReferralStatus.Accepted or ReferralStatus.Declined or ReferralStatus.WaitingList) => true,
        (ReferralStatus.WaitingList, ReferralStatus.Accepted or ReferralStatus.Declined) => true,
        _ => false,
    };

    public static string StatusDisplay(ReferralStatus status) => status switch
    {
        ReferralStatus.New => "Sent, waiting to be read",
        ReferralStatus.Accepted => "Accepted",
        ReferralStatus.Declined => "Not accepted",
        ReferralStatus.WaitingList => "On the waiting list",
        ReferralStatus.Withdrawn => "Withdrawn by the family",
        _ => status.ToString(),
    };

    public static string StatusTagClass(ReferralStatus status) => status switch
    {
        ReferralStatus.Accepted => "nhsuk-tag--green",
        ReferralStatus.Declined => "nhsuk-tag--red",
        ReferralStatus.WaitingList => "nhsuk-tag--yellow",
        ReferralStatus.Withdrawn => "nhsuk-tag--grey",
        _ => "nhsuk-tag--blue",
    };
}
