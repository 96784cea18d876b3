using System.Globalization;
using System.Text.RegularExpressions;

namespace Alongside.Web.Kernel.Forms;

/// <summary>
/// Dates and times as a spreadsheet writes them into a CSV file, read as in the UK: day first
/// (03/12/2026 is 3 December), ISO dates (2026-12-03), month names (3 Dec 2026), a date with a
/// time after it (3/12/2026 14:30), 24-hour and 12-hour times (14:30, 14:30:00, 2:30 PM). Each
/// refusal says what was wrong, beginning with the value, so a caller can put its column first.
/// Two-digit years are refused rather than guessed, and so is anything outside
/// <see cref="InputRange"/>.
/// </summary>
public static partial class SpreadsheetCells
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d MMM yyyy", "d-MMM-yyyy", "d MMMM yyyy"];
    private static readonly string[] TimeFormats = ["H:mm", "H:mm:ss", "h:mm tt", "h:mm:ss tt", "h tt"];

    public const string DateExample = "like 13/01/2026 or 2026-01-13";
    public const string TimeExample = "like 19:00 or 7:00 PM";

    /// <summary>A date, with the time written after it if there was one; null with a <paramref name="problem"/> otherwise.</summary>
    public static DateOnly? Date(string text, out TimeOnly? time, out string? problem)
    {
        (time, problem) = (null, null);
        text = text.Trim();
        if (text.Length == 0)
        {
            problem = $"write a date, {DateExample}";
            return null;
        }
        var datePart = text;
        var split = text.IndexOf(' ', StringComparison.Ordinal);
        while (split > 0)
        {
            // "3 Dec 2026" has spaces too: the time is whatever after a space reads as one.
            if (Time(text[(split + 1)..], out _) is { } t)
            {
                (datePart, time) = (text[..split], t);
                break;
            }
            split = text.IndexOf(' ', split + 1);
        }
        if (DateOnly.TryParseExact(datePart, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (InputRange.Contains(date)) return date;
            problem = $"\u201c{text}\u201d is outside the years {InputRange.Earliest.Year} to {InputRange.Latest.Year}";
        }
        else if (TwoDigitYear().IsMatch(datePart)) problem = $"\u201c{text}\u201d has a two-digit year: write the year in full, {DateExample}";
        else if (NumericDate().IsMatch(datePart)) problem = $"\u201c{text}\u201d is not a real date (dates are read day first: 03/12/2026 is 3 December 2026)";
        else problem = $"\u201c{text}\u201d is not a date: write it {DateExample}";
        time = null;
        return null;
    }

    /// <summary>A time to the minute; null with a <paramref name="problem"/> otherwise.</summary>
    public static TimeOnly? Time(string text, out string? problem)
    {
        problem = null;
        var clean = Spaces().Replace(text.Trim().ToUpperInvariant().Replace("A.M.", "AM").Replace("P.M.", "PM"), " ");
        clean = AmPm().Replace(clean, " $1").Replace('.', ':');
        if (clean.Length == 0) problem = $"write a time, {TimeExample}";
        else if (!TimeOnly.TryParseExact(clean, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) problem = $"\u201c{text.Trim()}\u201d is not a time: write it {TimeExample}";
        else if (time.Second != 0) problem = $"\u201c{text.Trim()}\u201d has seconds: write it to the minute, {TimeExample}";
        else return time;
        return null;
    }

    [GeneratedRegex(@"^\d{1,2}[/.\- ](\d{1,2}|[A-Za-z]{3,})[/.\- ]\d{2}$")]
    private static partial Regex TwoDigitYear();

    [GeneratedRegex(@"^(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}[/\-]\d{1,2}[/\-]\d{1,2})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*(AM|PM)$")]
    private static partial Regex AmPm();
}
