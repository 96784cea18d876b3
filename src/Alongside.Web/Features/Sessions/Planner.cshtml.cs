using System.Globalization;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// A clinician's own sessions as a day or a week (Monday to Sunday) in UK time, read in one query.
/// The date and the view come as text and are checked here, so a bad one gets a message on the
/// page (and today's calendar) rather than an error.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class PlannerModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    public sealed record Row(Guid Id, Guid FamilyId, string Family, SessionKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
        SessionStatus Status, bool Late, DeliveryMode Mode, string? Place, string? VideoLink);

    public sealed record Day(DateOnly Date, IReadOnlyList<Row> Sessions);

    public bool Week { get; private set; }
    public DateOnly Date { get; private set; }
    public DateOnly Today { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public IReadOnlyList<Day> Days { get; private set; } = [];
    public string? Problem { get; private set; }

    public DateOnly Previous => Week ? Date.AddDays(-7) : Date.AddDays(-1);
    public DateOnly Next => Week ? Date.AddDays(7) : Date.AddDays(1);

    public async Task OnGetAsync(string? view, string? date)
    {
        Now = clock.GetUtcNow();
        Today = UkTime.DateOf(Now);
        (Week, Date, Problem) = Read(view, date, Today);
        var first = Week ? MondayOf(Date) : Date;
        var count = Week ? 7 : 1;
        var from = UkTime.StartOfDay(first);
        var to = UkTime.StartOfDay(first.AddDays(count));
        var me = User.Id();
        var rows = await db.Sessions.Where(s => s.ClinicianUserId == me && s.StartsAt >= from && s.StartsAt < to)
            .OrderBy(s => s.StartsAt).Take(300)
            .Select(s => new Row(s.Id, s.FamilyId, db.Families.Where(f => f.Id == s.FamilyId).Select(f => f.Name).First(), s.Kind, s.StartsAt, s.EndsAt,
                s.Status, s.LateCancellation, s.Mode, s.Place, s.VideoLink))
            .ToListAsync();
        var byDay = rows.ToLookup(r => UkTime.DateOf(r.StartsAt));
        Days = Enumerable.Range(0, count).Select(i => first.AddDays(i)).Select(d => new Day(d, byDay[d].ToList())).ToList();
    }

    /// <summary>The view and date asked for, or the week of today and why not.</summary>
    public static (bool Week, DateOnly Date, string? Problem) Read(string? view, string? date, DateOnly today)
    {
        var problems = new List<string>();
        var week = true;
        if (!string.IsNullOrEmpty(view))
        {
            if (view.Equals("day", StringComparison.OrdinalIgnoreCase)) week = false;
            else if (!view.Equals("week", StringComparison.OrdinalIgnoreCase)) problems.Add("Choose a day or a week; showing the week.");
        }
        var on = today;
        if (!string.IsNullOrEmpty(date))
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked) && asked >= Earliest && asked <= Latest)
                on = asked;
            else
                problems.Add($"Enter a date between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}, like {today:yyyy-MM-dd}; showing {(week ? "this week" : "today")}.");
        }
        return (week, on, problems.Count == 0 ? null : string.Join(" ", problems));
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static string Label(SessionStatus status, bool late) => status switch
    {
        SessionStatus.CancelledByFamily => late ? "Cancelled by the family, late" : "Cancelled by the family",
        _ => MineModel.Status(status, late),
    };

    public static bool Cancelled(SessionStatus status) => status is SessionStatus.CancelledByFamily or SessionStatus.CancelledByService;

    public string Link(bool week, DateOnly date) => $"/staff/sessions/calendar?view={(week ? "week" : "day")}&date={date:yyyy-MM-dd}";
}
