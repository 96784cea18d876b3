using System.Globalization;

namespace Alongside.Web.Features.Referrals;

/// <summary>Checks on referral answers, kept free of I/O so they are unit-tested.</summary>
public static class ReferralRules
{
    public const int OldestChildYears = 25;

    /// <summary>A real date of birth, not in the future and not more than 25 years back.</summary>
    public static (DateOnly? Date, string? Error) DateOfBirth(string? day, string? month, string? year, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
            return (null, "Enter their date of birth");
        if (string.IsNullOrWhiteSpace(day)) return (null, "Date of birth must include a day");
        if (string.IsNullOrWhiteSpace(month)) return (null, "Date of birth must include a month");
        if (string.IsNullOrWhiteSpace(year)) return (null, "Date of birth must include a year");
        if (!int.TryParse(day.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            return (null, "Date of birth must be a real date, in numbers");
        if (y < 1000) return (null, "Year must include 4 numbers");
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            return (null, "Date of birth must be a real date");
        var date = new DateOnly(y, m, d);
        if (date > today) return (null, "Date of birth must be today or in the past");
        if (date < today.AddYears(-OldestChildYears)) return (null, $"Date of birth must be within the last {OldestChildYears} years");
        return (date, null);
    }

    public static string? Text(string? value, int maxLength, string emptyMessage)
    {
        if (string.IsNullOrWhiteSpace(value)) return emptyMessage;
        return value.Length > maxLength ? $"Answer must be {maxLength:N0} characters or fewer" : null;
    }
}
