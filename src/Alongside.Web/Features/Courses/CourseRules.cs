using System.Globalization;

namespace Alongside.Web.Features.Courses;

/// <summary>
/// The checks on a course and a cohort as an admin types them, each a message against its field.
/// Everything arrives as text and is parsed here, so "-1", "9999" or "eight" is a message, never a 500.
/// </summary>
public static class CourseRules
{
    public const int MaxWeeks = 26;

    public sealed record CourseFields(string? Title, string? Summary, string? WhoFor, string? Weeks, string? CompletionMinimum, string? Cost, string? OfferHours, string? RenewalMonths, string? WeekPlan);

    public sealed record CourseValues(string Title, string Summary, string WhoFor, int Weeks, int CompletionMinimum, decimal Cost, int OfferHours, int? RenewalMonths, IReadOnlyList<(string Title, string Covers)> WeekPlan);

    public static CourseValues? Check(CourseFields f, Action<string, string> report)
    {
        var errors = 0;
        void error(string field, string message) { errors++; report(field, message); }
        var title = Required(f.Title, 120, "Title", "Enter the course's title", error);
        var summary = Required(f.Summary, 2000, "Summary", "Say what the course is", error);
        var whoFor = Required(f.WhoFor, 500, "WhoFor", "Say who the course is for", error);
        var weeks = Whole(f.Weeks, 1, MaxWeeks, "Weeks", $"How many weeks: a whole number from 1 to {MaxWeeks}", error);
        var minimum = Whole(f.CompletionMinimum, 1, weeks ?? MaxWeeks, "CompletionMinimum", $"Weeks to complete it: a whole number from 1 to {(weeks is { } w ? w.ToString(CultureInfo.InvariantCulture) : "the number of weeks")}", error);
        decimal? cost = decimal.TryParse((f.Cost ?? "").Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.GetCultureInfo("en-GB"), out var c) && c >= 0 && c <= 100_000 && decimal.Round(c, 2) == c ? c : null;
        if (string.IsNullOrWhiteSpace(f.Cost)) cost = 0;
        if (cost is null) error("Cost", "The cost of a place: pounds and pence from 0 to 100000, like 450 or 450.00");
        var offerHours = Whole(f.OfferHours, 1, 336, "OfferHours", "Time to accept an offer: a whole number of hours from 1 to 336 (two weeks)", error);
        int? renewal = null;
        if (!string.IsNullOrWhiteSpace(f.RenewalMonths)) renewal = Whole(f.RenewalMonths, 1, 120, "RenewalMonths", "Renewal: a whole number of months from 1 to 120, or leave it blank", error);
        var plan = WeekPlan(f.WeekPlan, weeks ?? MaxWeeks, error);
        return errors > 0 ? null : new CourseValues(title!, summary!, whoFor!, weeks!.Value, minimum!.Value, cost!.Value, offerHours!.Value, renewal, plan!);
    }

    /// <summary>One line a week, "Title: what it covers"; blank lines are skipped; no more lines than weeks.</summary>
    public static IReadOnlyList<(string Title, string Covers)>? WeekPlan(string? text, int weeks, Action<string, string> error)
    {
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > weeks)
        {
            error("WeekPlan", $"There are {lines.Count} weeks described and the course has {weeks}: one line a week");
            return null;
        }
        var plan = new List<(string, string)>();
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var title = (colon > 0 ? line[..colon] : line).Trim();
            var covers = (colon > 0 ? line[(colon + 1)..] : "").Trim();
            if (title.Length > 120 || covers.Length > 1000)
            {
                error("WeekPlan", $"Week {number} is too long: a title of up to 120 characters, then up to 1000 on what it covers");
                return null;
            }
            plan.Add((title, covers.Length > 0 ? covers : title));
        }
        return plan;
    }

    public sealed record CohortFields(string? StartsOn, string? StartTime, string? EndTime, string? Capacity, string? VenueName, string? VenueAddress, string? AccessInformation, string? OnlineLink);

    public sealed record CohortValues(DateOnly StartsOn, TimeOnly StartTime, TimeOnly EndTime, int Capacity, string? VenueName, string? VenueAddress, string? AccessInformation, string? OnlineLink);

    public static CohortValues? Check(CohortFields f, CourseFormat format, DateOnly today, Action<string, string> report)
    {
        var errors = 0;
        void error(string field, string message) { errors++; report(field, message); }
        DateOnly? starts = DateOnly.TryParseExact(f.StartsOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if (starts is null) error("StartsOn", "Enter the date of the first meeting");
        else if (starts < today || starts > today.AddYears(2)) { error("StartsOn", "The first meeting must be from today to two years ahead"); starts = null; }
        TimeOnly? from = TimeOnly.TryParseExact(f.StartTime?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t1) ? t1 : null;
        TimeOnly? to = TimeOnly.TryParseExact(f.EndTime?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t2) ? t2 : null;
        if (from is null) error("StartTime", "Enter the time each meeting starts, like 19:00");
        if (to is null) error("EndTime", "Enter the time each meeting ends, like 21:00");
        else if (from is not null && to <= from) { error("EndTime", "A meeting must end after it starts, on the same day"); to = null; }
        var capacity = Whole(f.Capacity, 1, 200, "Capacity", "Places: a whole number from 1 to 200", error);
        var venue = Optional(f.VenueName, 200, "VenueName", "The venue's name is too long (200 characters at most)", error);
        var address = Optional(f.VenueAddress, 300, "VenueAddress", "The address is too long (300 characters at most)", error);
        var access = Optional(f.AccessInformation, 1000, "AccessInformation", "Getting in is too long (1000 characters at most)", error);
        var link = string.IsNullOrWhiteSpace(f.OnlineLink) ? null : f.OnlineLink.Trim();
        if (link is not null && !WebAddress.IsValid(link)) error("OnlineLink", "The online link must be a web address starting https://, 500 characters at most");
        if (format != CourseFormat.Online && string.IsNullOrWhiteSpace(venue)) error("VenueName", "Enter where the course meets");
        if (format != CourseFormat.InPerson && link is null) error("OnlineLink", "Enter the link people use to join online");
        return errors > 0 ? null : new CohortValues(starts!.Value, from!.Value, to!.Value, capacity!.Value, Blank(venue), Blank(address), Blank(access), link);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string? Required(string? value, int max, string field, string message, Action<string, string> error)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) { error(field, message); return null; }
        if (v.Length > max) { error(field, $"{message}, in {max} characters at most"); return null; }
        return v;
    }

    private static string? Optional(string? value, int max, string field, string message, Action<string, string> error)
    {
        var v = value?.Trim() ?? "";
        if (v.Length > max) { error(field, message); return null; }
        return v;
    }

    private static int? Whole(string? value, int min, int max, string field, string message, Action<string, string> error)
    {
        if (int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        error(field, message);
        return null;
    }
}
