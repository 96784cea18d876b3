using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

/// <summary>The family's sessions: what is coming up (with joining, moving and cancelling) and what has happened.</summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class MineModel(AlongsideDbContext db, IOptions<SessionOptions> options, TimeProvider clock) : PageModel
{
    public const int ListSize = 50;

    public sealed record Row(Guid Id, SessionKind Kind, DateTimeOffset StartsAt, string Clinician, SessionStatus Status, bool Late, string? Summary = null)
    {
        public DeliveryMode Mode { get; init; }
        public string? VideoLink { get; init; }
        public string? Place { get; init; }
        public DateTimeOffset EndsAt { get; init; }
    }

    public DateTimeOffset Now { get; private set; }

    public DateTimeOffset MovableAfter { get; private set; }

    public IReadOnlyList<Row> Upcoming { get; private set; } = [];
    public IReadOnlyList<Row> Past { get; private set; } = [];
    public int NoticeHours => options.Value.CancellationNoticeHours;

    public async Task OnGetAsync()
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        var now = Now = clock.GetUtcNow();
        var mine = db.Sessions.Where(s => familyIds.Contains(s.FamilyId));
        Upcoming = await mine.Where(s => s.EndsAt > now && s.Status == SessionStatus.Booked).OrderBy(s => s.StartsAt).Take(ListSize)
            .Select(s => new Row(s.Id, s.Kind, s.StartsAt, s.Clinician!.DisplayName, s.Status, s.LateCancellation, null) { Mode = s.Mode, VideoLink = s.VideoLink, Place = s.Place, EndsAt = s.EndsAt })
            .ToListAsync();
        MovableAfter = now.AddHours(NoticeHours);
        // Only the parents' summary is selected: private notes never leave the database on a family's page.
        Past = await mine.Where(s => s.EndsAt <= now || s.Status != SessionStatus.Booked).OrderByDescending(s => s.StartsAt).Take(ListSize)
            .Select(s => new Row(s.Id, s.Kind, s.StartsAt, s.Clinician!.DisplayName, s.Status, s.LateCancellation,
                db.SessionNotes.Where(n => n.SessionId == s.Id && n.ParentSummary != "").Select(n => n.ParentSummary).FirstOrDefault()))
            .ToListAsync();
    }

    /// <summary>The session as an .ics file, for adding to a phone's or computer's calendar.</summary>
    public async Task<IActionResult> OnGetCalendarAsync(Guid id)
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        var session = await db.Sessions.Where(s => s.Id == id && familyIds.Contains(s.FamilyId))
            .Select(s => new CalendarEntry(s.Id, s.Kind, s.StartsAt, s.EndsAt, s.Clinician!.DisplayName, s.Mode, s.VideoLink, s.Place, s.Status == SessionStatus.CancelledByFamily || s.Status == SessionStatus.CancelledByService, s.CalendarSequence))
            .SingleOrDefaultAsync();
        if (session is null) return NotFound();
        var ics = SessionCalendar.Build([session]);
        return File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "alongside-session.ics");
    }

    /// <summary>
    /// The address a reminder email links to: the family's own online session opens its room while
    /// it can be joined; before then the sessions page says when. The email never carries the room.
    /// </summary>
    public async Task<IActionResult> OnGetJoinAsync(Guid id)
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        var session = await db.Sessions.Where(s => s.Id == id && familyIds.Contains(s.FamilyId) && s.Status == SessionStatus.Booked && s.Mode == DeliveryMode.Online)
            .Select(s => new { s.StartsAt, s.EndsAt, s.VideoLink }).SingleOrDefaultAsync();
        if (session is null) return NotFound();
        if (session.VideoLink is not null && SessionJoin.IsOpen(session.StartsAt, session.EndsAt, clock.GetUtcNow())) return Redirect(session.VideoLink);
        this.Flash(session.VideoLink is null ? "Your clinician will send you the link to join this session."
            : clock.GetUtcNow() >= session.EndsAt ? "That session has ended."
            : $"The video call opens {SessionJoin.OpensMinutesBefore} minutes before the session starts, on {TimeDisplay.Format(session.StartsAt)}. Come back then, or use the Join button here.");
        return RedirectToPage();
    }

    public static string Status(SessionStatus status, bool late) => status switch
    {
        SessionStatus.Booked => "Booked",
        SessionStatus.Attended => "Attended",
        SessionStatus.DidNotAttend => "Missed",
        SessionStatus.CancelledByFamily => late ? "Cancelled by you, late" : "Cancelled by you",
        SessionStatus.CancelledByService => "Cancelled by the service",
        _ => status.ToString(),
    };
}
