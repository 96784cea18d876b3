using System.Globalization;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// A parent chooses a kind of session their plan allows and a time from their care team's free
/// slots. Choosing a time only opens the review page (<see cref="BookReviewModel"/>): nothing
/// counts until the parent confirms there.
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class BookModel(AlongsideDbContext db, IOptions<SessionOptions> options, TimeProvider clock) : PageModel
{
    public sealed record Choice(SessionKind Kind, int Remaining);

    public sealed record ClinicianSlotsView(Guid ClinicianId, string Name, IReadOnlyList<DateTimeOffset> Slots);

    public IReadOnlyList<Choice> Choices { get; private set; } = [];
    public SessionKind? Kind { get; private set; }
    public IReadOnlyList<ClinicianSlotsView> Clinicians { get; private set; } = [];

    /// <summary>Which week of the booking window is shown: a phone screen shows one week at a time.</summary>
    public int Week { get; private set; }
    public int Weeks => (options.Value.BookingWindowDays + 6) / 7;

    /// <summary>The session being moved to a new time, when the parent came to change one.</summary>
    public Session? Moving { get; private set; }

    /// <summary>The kind arrives as text so that an edited address gets this page's own message, not the generic 400.</summary>
    public async Task<IActionResult> OnGetAsync(string? kind, int? week, Guid? move)
    {
        if (!SessionKinds.TryRead(kind, out var chosen))
        {
            await LoadAsync(null);
            ModelState.AddModelError("", Choices.Count > 0 ? "There is no kind of session by that name. Choose one from the list." : "There is no kind of session by that name.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return await ShowAsync(chosen, week, move);
    }

    private async Task<IActionResult> ShowAsync(SessionKind? kind, int? week, Guid? move)
    {
        if (move is not null)
        {
            if (await FindMovableAsync(move.Value) is not { } moving) return MoveRefused();
            (Moving, kind) = (moving, moving.Kind);
        }
        if (await LoadAsync(kind) is { } problem) return problem;
        Week = Math.Clamp(week ?? 0, 0, Weeks - 1);
        return Page();
    }

    /// <summary>The slots of one clinician that fall in the week being shown.</summary>
    public IEnumerable<DateTimeOffset> InWeek(ClinicianSlotsView clinician)
    {
        var start = clock.GetUtcNow().AddDays(7 * Week);
        return clinician.Slots.Where(s => s >= start && s < start.AddDays(7));
    }

    /// <summary>A family's own booked session, far enough ahead to move without it counting as late.</summary>
    private Task<Session?> FindMovableAsync(Guid id)
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        var notBefore = clock.GetUtcNow().AddHours(options.Value.CancellationNoticeHours);
        return db.Sessions.SingleOrDefaultAsync(s => s.Id == id && familyIds.Contains(s.FamilyId) && s.Status == SessionStatus.Booked && s.StartsAt > notBefore);
    }

    private RedirectResult MoveRefused()
    {
        this.Flash($"That session can no longer be moved here: it is less than {options.Value.CancellationNoticeHours} hours away or has been changed. Send your care team a message.");
        return Redirect("/family/sessions");
    }

    private async Task<IActionResult?> LoadAsync(SessionKind? kind)
    {
        var me = User.Id();
        var familyIds = db.FamilyIdsCaredForBy(me);
        var remaining = await PlanAllowance.RemainingByKindAsync(db, familyIds);
        Choices = remaining.Where(r => r.Value > 0).Select(r => new Choice(r.Key, r.Value)).ToList();
        if (kind is null) return null;
        if (!Enum.IsDefined(kind.Value)) return NotFound();
        Kind = kind;
        var team = await db.CareTeamMembers.Where(c => familyIds.Contains(c.FamilyId))
            .Select(c => new { c.UserId, c.User!.DisplayName }).Distinct().Take(5).ToListAsync();
        var now = clock.GetUtcNow();
        var views = new List<ClinicianSlotsView>();
        foreach (var member in team) // at most five care team members, each two queries
        {
            views.Add(new ClinicianSlotsView(member.UserId, member.DisplayName, await ClinicianSlots.FreeAsync(db, member.UserId, options.Value, now)));
        }
        Clinicians = views;
        return null;
    }

    public static string Local(DateTimeOffset instant, string format) => TimeDisplay.Local(instant, format);
}
