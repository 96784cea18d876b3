namespace Alongside.Web.Features.PeerSupport;

/// <summary>How long a match has run, for the coordinator's review of current matches.</summary>
public static class MatchReview
{
    /// <summary>
    /// Whole months from the first day to today, as a calendar counts them: 0 in the first month,
    /// 1 from the same day of the next month (or its last day, when the month is shorter).
    /// </summary>
    public static int MonthsSince(DateOnly start, DateOnly today)
    {
        if (today <= start) return 0;
        var months = (today.Year - start.Year) * 12 + today.Month - start.Month;
        var anniversary = start.AddMonths(months);
        return anniversary > today ? months - 1 : months;
    }

    public static string Describe(int months) => months switch
    {
        0 => "less than a month",
        1 => "1 month",
        _ => $"{months} months",
    };
}
