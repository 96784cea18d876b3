using System.Globalization;
using System.Text;
using CsvHelper;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// What each column of a group import takes: shown beside the upload, and written as the
/// template file (the header row and one example row, which passes the import's own checks).
/// </summary>
public static class GroupImportGuide
{
    public sealed record Column(string Name, string Needed, string Takes, string Example);

    public const string TemplateFileName = "groups-template.csv";

    private const string Needed = "Needed.";
    private const string Optional = "Optional.";

    public static IReadOnlyList<Column> Columns(DateOnly today) =>
    [
        new("name", Needed, "Up to 120 characters.", "Evening group for adoptive parents"),
        new("description", Needed, "Up to 2,000 characters: what happens at the group and who it is for.", "Tea, a chat and a speaker once a term. Come as you are."),
        new("audiences", Needed, $"One or more of {Names(Audiences.All)}, separated by semicolons.", "AdoptiveParents;SpecialGuardians"),
        new("format", Needed, "InPerson, Online or Hybrid (in person and online).", "InPerson"),
        new("recurrence", Needed, "When it meets, as an iCalendar rule: FREQ=WEEKLY;BYDAY=WE (every Wednesday), FREQ=WEEKLY;INTERVAL=2;BYDAY=WE (every other Wednesday), FREQ=MONTHLY;BYDAY=2TU (the second Tuesday of the month; -1TU is the last).", "FREQ=MONTHLY;BYDAY=2TU"),
        new("first_meeting", Needed, $"A date, day first: 13/01/2026, 13 Jan 2026 or 2026-01-13. A time after it must be the start time. Years {InputRange.Earliest.Year} to {InputRange.Latest.Year}.", SecondTuesdayOfNextMonth(today).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
        new("start_time", Needed, "A time: 19:00 or 7:00 PM.", "19:00"),
        new("end_time", Needed, "A time after the start time.", "21:00"),
        new("venue_name", Optional, "Up to 200 characters.", "Example Community Centre"),
        new("venue_address", Optional, "Up to 300 characters.", "1 Example Street, Leeds"),
        new("postcode", "Needed unless the format is Online.", "A GB postcode or its first part, like LS1 4AP or LS1. Only the first part is kept.", "LS1 4AP"),
        new("access", Optional, $"Any of {Names(GroupChoices.Accesses)}, separated by semicolons.", "StepFree;PublicTransport;Free"),
        new("languages", Optional, "Languages spoken besides English, up to 200 characters.", "Polish"),
        new("online_link", "Needed for Online and Hybrid groups.", "A web address starting https://.", ""),
        new("facilitator_emails", "Needed: at least one.", "Email addresses of the organisation's peer supporters who run the group, separated by semicolons. Each must already have an account as a peer supporter here.", "peer.supporter@example.org"),
    ];

    /// <summary>The template: UTF-8 with a byte order mark, so spreadsheets open its accents and pound signs correctly.</summary>
    public static byte[] Template(DateOnly today)
    {
        var columns = Columns(today);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var c in columns) csv.WriteField(c.Name);
            csv.NextRecord();
            foreach (var c in columns) csv.WriteField(c.Example);
            csv.NextRecord();
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Names<T>(IEnumerable<T> values) where T : struct, Enum
    {
        var names = values.Select(v => v.ToString()).ToList();
        return $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    private static DateOnly SecondTuesdayOfNextMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        return first.AddDays(((int)DayOfWeek.Tuesday - (int)first.DayOfWeek + 7) % 7 + 7);
    }
}
