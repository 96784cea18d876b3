namespace Alongside.Web.Features.Sessions;

/// <summary>A stretch of a clinician's usual week, in their own time zone. Breaks are the gaps between stretches.</summary>
public sealed record WeeklyHours(DayOfWeek Day, TimeOnly Start, TimeOnly End);

/// <summary>A span of time in UTC: leave, a booked session, or a one-off extra stretch of work.</summary>
public sealed record Span(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => start < End && Start < end;
}

public sealed record SlotQuery(
    IReadOnlyList<WeeklyHours> Hours,
    IReadOnlyList<Span> Leave,
    IReadOnlyList<Span> Extra,
    IReadOnlyList<Span> Booked,
    TimeSpan Length,
    TimeSpan Buffer,
    DateOnly From,
    DateOnly To,
    TimeZoneInfo Zone,
    DateTimeOffset NotBefore);

/// <summary>
/// Free slots from a clinician's week, minus leave and booked sessions (with a buffer either
/// side), plus one-off extra stretches. Local times become instants in the clinician's zone, so
/// a 10am slot is 10am on both sides of the clocks changing; times the clocks skip are left out.
/// </summary>
public static class SlotRules
{
    public const int MaxDays = 92;

    public static IReadOnlyList<DateTimeOffset> FreeSlots(SlotQuery q)
    {
        var slots = new SortedSet<DateTimeOffset>();
        var days = Math.Min(q.To.DayNumber - q.From.DayNumber, MaxDays);
        for (var i = 0; i <= days; i++)
        {
            var date = q.From.AddDays(i);
            foreach (var stretch in q.Hours.Where(h => h.Day == date.DayOfWeek))
            {
                for (var start = stretch.Start; start.Add(q.Length) <= stretch.End && start.Add(q.Length) > start; start = start.Add(q.Length))
                {
                    if (ToInstant(date, start, q.Zone) is { } instant) slots.Add(instant);
                }
            }
        }
        foreach (var extra in q.Extra)
        {
            for (var start = extra.Start; start + q.Length <= extra.End; start += q.Length) slots.Add(start);
        }
        return slots
            .Where(s => s >= q.NotBefore
                        && !q.Leave.Any(l => l.Overlaps(s, s + q.Length))
                        && !q.Booked.Any(b => b.Overlaps(s - q.Buffer, s + q.Length + q.Buffer)))
            .ToList();
    }

    public static DateTimeOffset? ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone) => UkTime.ToInstant(date, time, zone);

    /// <summary>The slots nearest to a wanted time, for offering when that one has just gone.</summary>
    public static IReadOnlyList<DateTimeOffset> Nearest(IReadOnlyList<DateTimeOffset> free, DateTimeOffset wanted, int count) =>
        free.OrderBy(s => Math.Abs((s - wanted).Ticks)).Take(count).OrderBy(s => s).ToList();
}
