using System.Security.Cryptography;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// The dates of a series: the same UK local time each week or fortnight, so a 4pm session stays
/// at 4pm when the clocks change. A date whose time the clocks skip is left out.
/// </summary>
public static class SeriesRules
{
    public const int MaxSessions = 26;

    public static IReadOnlyList<DateTimeOffset> Occurrences(DateOnly first, TimeOnly time, Repeat repeat, int count, TimeZoneInfo zone)
    {
        var step = repeat switch { Repeat.Weekly => 7, Repeat.Fortnightly => 14, _ => 0 };
        var n = step == 0 ? 1 : Math.Clamp(count, 1, MaxSessions);
        return Enumerable.Range(0, n)
            .Select(i => SlotRules.ToInstant(first.AddDays(i * step), time, zone))
            .OfType<DateTimeOffset>().ToList();
    }
}

public enum Repeat
{
    None = 0,
    Weekly = 1,
    Fortnightly = 2,
}
