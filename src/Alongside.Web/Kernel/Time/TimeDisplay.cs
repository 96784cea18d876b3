namespace Alongside.Web.Kernel.Time;

/// <summary>Instants are stored in UTC and shown in the person's zone (Europe/London by default).</summary>
public static class TimeDisplay
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Format(DateTimeOffset instant, TimeZoneInfo? zone = null) =>
        TimeZoneInfo.ConvertTime(instant, zone ?? London).ToString("d MMMM yyyy 'at' h:mmtt", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))
            .Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);

    /// <summary>UK local time in a custom format, with lower-case am and pm.</summary>
    public static string Local(DateTimeOffset instant, string format) =>
        TimeZoneInfo.ConvertTime(instant, London).ToString(format, System.Globalization.CultureInfo.GetCultureInfo("en-GB"))
            .Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
}
