using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

/// <summary>A clinician's sessions: record attendance afterwards, or cancel for the service beforehand.</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class DiaryModel(AlongsideDbContext db, MeasureSchedule measures, Notices notices, IOptions<SessionOptions> options, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, Guid FamilyId, string Family, SessionKind Kind, DateTimeOffset StartsAt, SessionStatus Status, bool Late, DeliveryMode Mode, string? Place, bool InSeries)
    {
        public DateTimeOffset EndsAt { get; init; }
        public string? VideoLink { get; init; }
    }

    /// <summary>Sessions a page: a busy week or two, so the page stays small however far ahead the diary is booked.</summary>
    public const int PageSize = 50;

    public IReadOnlyList<Row> Sessions { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public int PageNumber { get; private set; }
    public bool HasMore { get; private set; }

    // From the query only: Razor Pages keeps the page's own path in the route value "page", which no int can read.
    public async Task OnGetAsync([FromQuery] int? page)
    {
        Now = clock.GetUtcNow();
        var me = User.Id();
        var from = Now.AddDays(-14);
        // With no page asked for, open on the one that holds what is on now and next: a busy fortnight behind
        // would otherwise push today off the first page.
        var now = Now;
        var ended = page is null ? await db.Sessions.CountAsync(s => s.ClinicianUserId == me && s.StartsAt >= from && s.EndsAt <= now) : 0;
        PageNumber = Math.Clamp(page ?? ended / PageSize + 1, 1, 10_000);
        // Ordered by start then id, so a page never repeats or skips a session that starts at the same time as another.
        var rows = await db.Sessions.Where(s => s.ClinicianUserId == me && s.StartsAt >= from)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(s => new Row(s.Id, s.FamilyId, db.Families.Where(f => f.Id == s.FamilyId).Select(f => f.Name).First(), s.Kind, s.StartsAt, s.Status, s.LateCancellation, s.Mode, s.Place, s.SeriesId != null) { EndsAt = s.EndsAt, VideoLink = s.VideoLink })
            .ToListAsync();
        HasMore = rows.Count > PageSize;
        Sessions = rows.Take(PageSize).ToList();
    }

    /// <param name="page">The diary page the form was on, from the form, to come back to it.</param>
    public async Task<IActionResult> OnPostRecordAsync(Guid id, SessionStatus outcome, [FromForm] int page = 1)
    {
        if (outcome is not (SessionStatus.Attended or SessionStatus.DidNotAttend or SessionStatus.CancelledByService)) return BadRequest();
        var me = User.Id();
        var now = clock.GetUtcNow();
        // Attendance once it has started; a service cancellation only before.
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id && s.ClinicianUserId == me && s.Status == SessionStatus.Booked
            && (outcome == SessionStatus.CancelledByService ? s.StartsAt > now : s.StartsAt <= now));
        if (session is null) return NotFound();
        session.Status = outcome;
        if (outcome == SessionStatus.CancelledByService)
        {
            session.CancelledAt = now;
            session.CalendarSequence++;
            await notices.SendAsync(await FamilyRecipients.CarersAsync(db, session.FamilyId), new SessionsCancelledNotice(1, session.StartsAt));
            // The family is not charged a session the service cancelled.
            if (session.PlanItemId is { } item && !PlanAllowance.Counts(outcome, lateCancellation: false))
            {
                await PlanAllowance.GiveBackAsync(db, item);
            }
        }
        // An attended session asks the family for feedback, and for goals or wellbeing when they are due.
        if (outcome == SessionStatus.Attended) await measures.SessionAttendedAsync(session);
        await db.SaveChangesAsync();
        if (outcome == SessionStatus.CancelledByService) await EarlierTimes.OfferFreedAsync(db, notices, options.Value, me, [session.StartsAt], now);
        this.Flash($"Recorded: {MineModel.Status(outcome, false).ToLowerInvariant()}.");
        return LocalRedirect(page > 1 ? $"/staff/sessions?page={Math.Min(page, 10_000)}" : "/staff/sessions");
    }
}
