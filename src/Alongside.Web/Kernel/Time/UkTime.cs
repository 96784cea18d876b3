namespace Alongside.Web.Kernel.Time;

/// <summary>
/// Dates as people in the UK live them. "Today" is the date in London, not in UTC: the two differ
/// between midnight and 1am in summer, when a parent logging last night's bedtime would otherwise
/// be told the date is in the future.
/// </summary>
public static class UkTime
{
    public static TimeZoneInfo Zone => TimeDisplay.London;

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateOnly UkToday(this TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>Midnight at the start of a UK day (UK clocks change at 1am and 2am, so midnight always exists).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => ToInstant(date, TimeOnly.MinValue)!.Value;

    /// <summary>The instant of a local date and time in a zone; null when the clocks skip it.</summary>
    public static DateTimeOffset? ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo? zone = null)
    {
        zone ??= Zone;
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) return null;
        // In the repeated hour when clocks go back, take the first of the two (summer time).
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
