using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// A parent cancels one of their booked sessions after being told, before it happens, whether it
/// will still count against the plan. Inside the notice period it is recorded as late and counts.
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class CancelModel(AlongsideDbContext db, IOptions<SessionOptions> options, Notices notices, TimeProvider clock) : PageModel
{
    public Session? Current { get; private set; }
    public string ClinicianName { get; private set; } = "";

    /// <summary>Whether cancelling now would be late, and so still count against the plan.</summary>
    public bool Late { get; private set; }

    public int NoticeHours => options.Value.CancellationNoticeHours;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var session = Current!;
        session.Status = SessionStatus.CancelledByFamily;
        session.CancelledAt = clock.GetUtcNow();
        session.LateCancellation = Late;
        session.CalendarSequence++;
        if (session.PlanItemId is { } item && !PlanAllowance.Counts(session.Status, session.LateCancellation))
        {
            await PlanAllowance.GiveBackAsync(db, item);
        }
        await FamilySessionNotices.TellAsync(db, notices, session.FamilyId, session.ClinicianUserId,
            new FamilyCancelledSessionNotice(session.StartsAt, session.LateCancellation), new SessionCancelledByFamilyNotice(session.StartsAt, session.LateCancellation));
        await db.SaveChangesAsync();
        await EarlierTimes.OfferFreedAsync(db, notices, options.Value, session.ClinicianUserId, [session.StartsAt], clock.GetUtcNow());
        this.Flash(session.LateCancellation
            ? $"Your session is cancelled. It was less than {NoticeHours} hours away, so it still counts as one of your plan's sessions."
            : "Your session is cancelled. It does not count against your plan.");
        return Redirect("/family/sessions");
    }

    /// <summary>The family's own session, still booked and still to come; the relationship is checked in the query.</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        var now = clock.GetUtcNow();
        Current = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id && familyIds.Contains(s.FamilyId) && s.Status == SessionStatus.Booked && s.StartsAt > now);
        if (Current is null) return false;
        ClinicianName = await db.Users.Where(u => u.Id == Current.ClinicianUserId).Select(u => u.DisplayName).SingleAsync();
        Late = SessionKinds.IsLate(Current.StartsAt, now, options.Value);
        return true;
    }
}
