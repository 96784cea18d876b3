using System.Globalization;

namespace Alongside.Web.Kernel.Forms;

/// <summary>Reads a date ("2026-03-29" or "29/3/2026") and a time ("14:30") typed as UK time into an instant.</summary>
public static class LocalTimeInput
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d M yyyy"];

    /// <summary>Null when unreadable or outside <see cref="InputRange"/> (31/12/9999 is refused here, not by an overflow later).</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && InputRange.Contains(d) ? d : null;

    public static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text?.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    /// <summary>Null when either part is unreadable or the clocks skip that time.</summary>
    public static DateTimeOffset? Instant(string? date, string? time) =>
        Date(date) is { } d && Time(time) is { } t ? UkTime.ToInstant(d, t) : null;

    public static string DateText(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeDisplay.London).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string TimeText(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeDisplay.London).ToString("HH:mm", CultureInfo.InvariantCulture);
}
