namespace Alongside.Web.Kernel.Forms;

/// <summary>
/// The dates and instants a form or a link may name: 1900 to 2199. Every date in Alongside (a
/// child's birth, a session, a group meeting) falls well inside it, and it stays far from the
/// ends of <see cref="DateTime"/> (years 1 and 9999), so adding a series' weeks, a session's
/// length or a time zone's offset to a value that passed can never overflow.
/// </summary>
public static class InputRange
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>Whether a count of UTC ticks is an instant on a date in the range.</summary>
    public static bool ContainsTicks(long utcTicks) =>
        utcTicks >= Earliest.DayNumber * TimeSpan.TicksPerDay && utcTicks < (Latest.DayNumber + 1L) * TimeSpan.TicksPerDay;
}
