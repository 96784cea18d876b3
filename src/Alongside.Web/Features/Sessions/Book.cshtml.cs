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
public sealed class BookModel(AlongsideDbContext db, IOptions<SessionOptions> options, Notices notices, TimeProvider clock) : PageModel
{
    /// <summary>The family's open place on a clinician's earlier-time list.</summary>
    public sealed record ListPlace(EarlierTimeStatus Status, DateTimeOffset Beat);

    public sealed record Choice(SessionKind Kind, int Remaining);

    public sealed record ClinicianSlotsView(Guid ClinicianId, string Name, IReadOnlyList<DateTimeOffset> Slots);

    public IReadOnlyList<Choice> Choices { get; private set; } = [];
    public SessionKind? Kind { get; private set; }
    public IReadOnlyList<ClinicianSlotsView> Clinicians { get; private set; } = [];

    /// <summary>Which clinicians' earlier-time lists the family is on, by clinician.</summary>
    public IReadOnlyDictionary<Guid, ListPlace> Lists { get; private set; } = new Dictionary<Guid, ListPlace>();

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
            views.Add(new ClinicianSlotsView(member.UserId, member.DisplayName, await ClinicianSlots.FreeAsync(db, member.UserId, options.Value, now, familyIds)));
        }
        Clinicians = views;
        Lists = (await db.EarlierTimeRequests
            .Where(r => familyIds.Contains(r.FamilyId) && (r.Status == EarlierTimeStatus.Waiting || r.Status == EarlierTimeStatus.Offered))
            .Select(r => new { r.ClinicianUserId, r.Status, r.Beat }).ToListAsync())
            .GroupBy(r => r.ClinicianUserId).ToDictionary(g => g.Key, g => new ListPlace(g.First().Status, g.Min(r => r.Beat)));
        return null;
    }

    /// <summary>
    /// "Tell me if an earlier time frees up": puts the family on the clinician's list, to beat
    /// their booked session with them or, with none, the earliest free time now. Only for a
    /// clinician on the family's care team (in the query), else 404; once per family and clinician.
    /// </summary>
    public async Task<IActionResult> OnPostEarlierAsync(Guid clinicianId, string? kind)
    {
        if (!SessionKinds.TryRead(kind, out var chosen) || chosen is null) return Redirect("/family/sessions/book");
        var me = User.Id();
        var familyIds = db.FamilyIdsCaredForBy(me);
        var familyId = await db.CareTeamMembers.Where(c => familyIds.Contains(c.FamilyId) && c.UserId == clinicianId)
            .OrderBy(c => c.FamilyId).Select(c => (Guid?)c.FamilyId).FirstOrDefaultAsync();
        if (familyId is null) return NotFound();
        var back = $"/family/sessions/book?kind={chosen}";
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.EarlierTimeRequests.AnyAsync(r => r.FamilyId == familyId && r.ClinicianUserId == clinicianId && (r.Status == EarlierTimeStatus.Waiting || r.Status == EarlierTimeStatus.Offered)))
        {
            this.Flash("You are already on the list for an earlier time with this clinician.");
            return Redirect(back);
        }
        var booked = await db.Sessions.Where(s => s.FamilyId == familyId && s.ClinicianUserId == clinicianId && s.Status == SessionStatus.Booked && s.StartsAt > now)
            .OrderBy(s => s.StartsAt).Select(s => (DateTimeOffset?)s.StartsAt).FirstOrDefaultAsync();
        var beat = booked ?? (await ClinicianSlots.FreeAsync(db, clinicianId, options.Value, now, familyIds.Where(id => id == familyId))).Cast<DateTimeOffset?>().FirstOrDefault()
            ?? now.AddDays(options.Value.BookingWindowDays);
        db.EarlierTimeRequests.Add(new EarlierTimeRequest
        {
            FamilyId = familyId.Value,
            ClinicianUserId = clinicianId,
            Kind = chosen.Value,
            Beat = beat,
            RequestedByUserId = me,
            CreatedAt = now,
        });
        // The filtered unique index settles two joins at once: the second adds nothing.
        this.Flash(await db.TrySaveAndCommitAsync(transaction)
            ? $"You are on the list. We will email you if a time before {TimeDisplay.Format(beat)} frees up."
            : "You are already on the list for an earlier time with this clinician.");
        return Redirect(back);
    }

    /// <summary>
    /// Leaves the clinician's earlier-time list; a time being kept for the family goes to the next
    /// in line. A clinician not on the family's care team is not found (in the query).
    /// </summary>
    public async Task<IActionResult> OnPostLeaveEarlierAsync(Guid clinicianId, string? kind)
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        var back = SessionKinds.TryRead(kind, out var chosen) && chosen is not null ? $"/family/sessions/book?kind={chosen}" : "/family/sessions/book";
        var onTeam = db.CareTeamMembers.Where(c => c.UserId == clinicianId && familyIds.Contains(c.FamilyId)).Select(c => c.FamilyId);
        if (!await onTeam.AnyAsync()) return NotFound();
        var request = await db.EarlierTimeRequests.SingleOrDefaultAsync(r => onTeam.Contains(r.FamilyId) && r.ClinicianUserId == clinicianId
            && (r.Status == EarlierTimeStatus.Waiting || r.Status == EarlierTimeStatus.Offered));
        if (request is null)
        {
            this.Flash("You are not on the list for an earlier time with this clinician.");
            return Redirect(back);
        }
        var now = clock.GetUtcNow();
        var held = await db.EarlierTimeHolds.Where(h => h.RequestId == request.Id).Select(h => (DateTimeOffset?)h.StartsAt).FirstOrDefaultAsync();
        request.Status = EarlierTimeStatus.Withdrawn;
        request.EndedAt = now;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.EarlierTimeHolds.Where(h => h.RequestId == request.Id).ExecuteDeleteAsync();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        if (held is { } slot) await EarlierTimes.OfferFreedAsync(db, notices, options.Value, clinicianId, [slot], now);
        this.Flash("You have left the list for an earlier time. We will not email you about one.");
        return Redirect(back);
    }

    public static string Local(DateTimeOffset instant, string format) => TimeDisplay.Local(instant, format);
}
