using System.Globalization;

namespace Alongside.Web.Kernel.Measures;

/// <summary>Reading "every how many sessions" from a form, for an organisation's defaults or one plan.</summary>
public static class ScheduleRules
{
    /// <summary>
    /// A whole number of sessions from 1 to 52, or a message. Zero is refused by name: "every 0
    /// sessions" would never ask. Blank is allowed only where a default stands behind it.
    /// </summary>
    public static (int? Every, string? Error) Every(string? text, string what, bool blankAllowed)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return blankAllowed ? (null, null) : (null, $"Enter how often to ask about {what}, in sessions");
        if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return (null, $"How often to ask about {what} must be a whole number of sessions, like 4");
        if (n == 0) return (null, $"How often to ask about {what} must be at least every 1 session: every 0 sessions would never ask");
        if (n is < MeasureDefaults.MinEvery or > MeasureDefaults.MaxEvery)
            return (null, $"How often to ask about {what} must be from {MeasureDefaults.MinEvery} to {MeasureDefaults.MaxEvery} sessions");
        return (n, null);
    }
}
