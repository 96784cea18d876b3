using System.Globalization;

namespace Alongside.Web.Kernel.Forms;

/// <summary>
/// What a date asked for as day, month and year is called in its messages, and the range it must
/// fall in. <c>Name</c> starts a sentence ("Date of birth must include a day"); <c>Prompt</c> is
/// the message when nothing was typed.
/// </summary>
public sealed record DateQuestion(string Name, string Prompt, DateOnly Earliest, string TooEarly, DateOnly Latest, string TooLate)
{
    public const int OldestChildYears = 25;

    /// <summary>A child's date of birth: not in the future and not more than 25 years back.</summary>
    public static DateQuestion DateOfBirth(DateOnly today) => new(
        "Date of birth", "Enter their date of birth",
        today.AddYears(-OldestChildYears), $"Date of birth must be within the last {OldestChildYears} years",
        today, "Date of birth must be today or in the past");

    /// <summary>A day something happened (an assessment, consent given): today or in the last 25 years.</summary>
    public static DateQuestion Past(string name, DateOnly today) => new(
        name, $"Enter {Lower(name)}",
        today.AddYears(-OldestChildYears), $"{name} must be within the last {OldestChildYears} years",
        today, $"{name} must be today or in the past");

    private static string Lower(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>Reads the three boxes of a date input (the design system's date pattern) into a real date.</summary>
public static class DateParts
{
    public static (DateOnly? Date, string? Error) Read(string? day, string? month, string? year, DateQuestion question)
    {
        var name = question.Name;
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
            return (null, question.Prompt);
        if (string.IsNullOrWhiteSpace(day)) return (null, $"{name} must include a day");
        if (string.IsNullOrWhiteSpace(month)) return (null, $"{name} must include a month");
        if (string.IsNullOrWhiteSpace(year)) return (null, $"{name} must include a year");
        if (!int.TryParse(day.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            return (null, $"{name} must be a real date, in numbers");
        if (y is < 1000 or > 9999) return (null, "Year must include 4 numbers");
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            return (null, $"{name} must be a real date");
        var date = new DateOnly(y, m, d);
        if (date > question.Latest) return (null, question.TooLate);
        if (date < question.Earliest) return (null, question.TooEarly);
        return (date, null);
    }
}
