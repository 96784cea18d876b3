using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// When a group meets, from an iCalendar recurrence rule (RFC 5545) in UK local time:
/// "FREQ=MONTHLY;BYDAY=2TU" is the second Tuesday of each month.
/// </summary>
public static class GroupSchedule
{
    private static readonly string[] Ordinals = ["", "first", "second", "third", "fourth", "fifth"];

    /// <summary>Null when the rule is not one Alongside can read.</summary>
    public static RecurrencePattern? Parse(string? rule)
    {
        if (string.IsNullOrWhiteSpace(rule) || rule.Length > 200) return null;
        try
        {
            var pattern = new RecurrencePattern(rule.Trim().ToUpperInvariant());
            return pattern.Frequency is Ical.Net.FrequencyType.Weekly or Ical.Net.FrequencyType.Monthly ? pattern : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The next meetings from a moment, as UTC instants of their start.</summary>
    public static IReadOnlyList<DateTimeOffset> Next(string rule, DateOnly first, TimeOnly start, DateTimeOffset from, int count)
    {
        if (Parse(rule) is not { } pattern) return [];
        var calendarEvent = new CalendarEvent
        {
            Start = new CalDateTime(first.ToDateTime(start), "Europe/London"),
            Duration = Duration.FromHours(1),
        };
        calendarEvent.RecurrenceRule = pattern;
        var fromLocal = TimeZoneInfo.ConvertTime(from, TimeDisplay.London).DateTime;
        return calendarEvent.GetOccurrences(new CalDateTime(fromLocal, "Europe/London"))
            .Select(o => new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero))
            .Where(o => o >= from)
            .Take(count).ToList();
    }

    /// <summary>The rule in plain words, like "Second Tuesday of the month, 7pm to 9pm".</summary>
    public static string Describe(string rule, TimeOnly start, TimeOnly end)
    {
        var times = $"{Time(start)} to {Time(end)}";
        return Words(rule) is { } when ? $"{when}, {times}" : times;
    }

    /// <summary>
    /// Rules already put into words: a search shows twenty groups and most share a handful of rules,
    /// so each is parsed once rather than on every request. Emptied when it grows past a limit.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Described = new(StringComparer.Ordinal);

    private const int DescribedLimit = 10_000;

    private static string? Words(string rule)
    {
        if (Described.TryGetValue(rule, out var known)) return known;
        var words = Parse(rule) is { } p ? InWords(p) : null;
        if (Described.Count >= DescribedLimit) Described.Clear();
        Described[rule] = words;
        return words;
    }

    private static string InWords(RecurrencePattern p)
    {
        var days = p.ByDay.Select(d => (d.Offset, Day: CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetDayName(d.DayOfWeek))).ToList();
        return p.Frequency switch
        {
            Ical.Net.FrequencyType.Weekly when p.Interval <= 1 => $"Every {string.Join(" and ", days.Select(d => d.Day))}",
            Ical.Net.FrequencyType.Weekly => $"Every {p.Interval} weeks on {string.Join(" and ", days.Select(d => d.Day))}",
            Ical.Net.FrequencyType.Monthly when days.Count > 0 && days[0].Offset is > 0 and <= 5 =>
                $"{char.ToUpperInvariant(Ordinals[days[0].Offset!.Value][0])}{Ordinals[days[0].Offset!.Value][1..]} {days[0].Day} of the month",
            Ical.Net.FrequencyType.Monthly when days.Count > 0 && days[0].Offset == -1 => $"Last {days[0].Day} of the month",
            _ => "Regularly",
        };
    }

    private static string Time(TimeOnly t) =>
        (t.Minute == 0 ? t.ToString("h tt", CultureInfo.InvariantCulture) : t.ToString("h:mm tt", CultureInfo.InvariantCulture))
            .Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
