using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// The step between choosing a time and it counting against the plan: what, with whom, how
/// long, online or face to face, and the cancellation rule, then Confirm. One mis-tap on a
/// phone never books or moves a session. The unique index on (clinician, start) decides a
/// race; the loser is offered the nearest free times.
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class BookReviewModel(AlongsideDbContext db, IOptions<SessionOptions> options, Notices notices, TimeProvider clock) : PageModel
{
    public SessionKind Kind { get; private set; }
    public Guid FamilyId { get; private set; }
    public Guid ClinicianId { get; private set; }
    public string ClinicianName { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>How the family said they would like to meet, chosen for them until they change it.</summary>
    public DeliveryMode Mode { get; private set; }

    /// <summary>Sessions of this kind left in the plan before this one is taken.</summary>
    public int Remaining { get; private set; }

    /// <summary>The session being moved, when the parent came to change a time.</summary>
    public Session? Moving { get; private set; }

    /// <summary>When the session being moved starts now, kept apart from the tracked row that a move changes.</summary>
    public DateTimeOffset MovingFrom { get; private set; }

    /// <summary>Other free times of the same clinician near the one asked for, when it has gone.</summary>
    public IReadOnlyList<DateTimeOffset> Nearest { get; private set; } = [];

    public sealed record LaterSession(Guid Id, DateTimeOffset StartsAt);

    /// <summary>
    /// When this time was offered from the earlier-time list and the family also has a later session
    /// with the clinician that could not be moved from the offer: it stays booked unless they cancel it.
    /// </summary>
    public LaterSession? KeptLater { get; private set; }

    /// <summary>False when the time can no longer be booked: the page shows why and the nearest times, without a Confirm button.</summary>
    public bool CanConfirm { get; private set; }

    /// <summary>What <see cref="ReadAsync"/> found: the time, the care team place and what a booking needs.</summary>
    private SlotCheck.Result? _check;

    public int LengthMinutes => options.Value.LengthMinutes;
    public int NoticeHours => options.Value.CancellationNoticeHours;
    public bool VideoRoomsMade => !string.IsNullOrWhiteSpace(options.Value.VideoRoomBaseUrl);

    public async Task<IActionResult> OnGetAsync(string? kind, Guid clinicianId, [BindRequired] PostedInstant start, Guid? move)
    {
        if (await ReadAsync(kind, clinicianId, start.Value, move) is { } refused) return refused;
        Mode = Moving?.Mode ?? await SessionDelivery.FamilyPreferenceAsync(db, FamilyId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? kind, Guid clinicianId, [BindRequired] PostedInstant start, Guid? move, DeliveryMode? mode)
    {
        // With a way to meet chosen, the page is shown again only when it can no longer be confirmed, which
        // shows neither the plan's count nor a later session: the booking itself checks the plan.
        var confirming = move is not null || (mode is { } chosen && Enum.IsDefined(chosen));
        if (await ReadAsync(kind, clinicianId, start.Value, move, confirming) is { } refused) return refused;
        if (!CanConfirm) return Page();
        if (Moving is not null) return await MoveAsync(Moving);
        if (mode is null || !Enum.IsDefined(mode.Value))
        {
            Mode = await SessionDelivery.FamilyPreferenceAsync(db, FamilyId);
            ModelState.AddModelError("mode", "Choose online or face to face");
            return Page();
        }
        Mode = mode.Value;
        return await BookAsync();
    }

    /// <summary>
    /// Reads and checks what was chosen: a kind the plan has left, a clinician on the family's care
    /// team, a time still free. A problem the parent can act on is shown on the page; an address
    /// that names someone outside the care team is not found.
    /// </summary>
    private async Task<IActionResult?> ReadAsync(string? kind, Guid clinicianId, DateTimeOffset start, Guid? move, bool confirming = false)
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        if (move is not null)
        {
            var notBefore = clock.GetUtcNow().AddHours(NoticeHours);
            Moving = await db.Sessions.SingleOrDefaultAsync(s => s.Id == move && familyIds.Contains(s.FamilyId) && s.Status == SessionStatus.Booked && s.StartsAt > notBefore);
            if (Moving is null)
            {
                this.Flash($"That session can no longer be moved here: it is less than {NoticeHours} hours away or has been changed. Send your care team a message.");
                return Redirect("/family/sessions");
            }
            (Kind, MovingFrom) = (Moving.Kind, Moving.StartsAt);
        }
        else if (!SessionKinds.TryRead(kind, out var chosen) || chosen is null)
        {
            return Redirect("/family/sessions/book?kind=" + Uri.EscapeDataString(kind ?? ""));
        }
        else
        {
            Kind = chosen.Value;
        }

        // The clinician must be on the care team of this family (of the session being moved, if any).
        var families = Moving?.FamilyId is { } movingFamily ? familyIds.Where(id => id == movingFamily) : familyIds;
        // With whether the time is free and what the booking needs, in one query.
        _check = await SlotCheck.ReadAsync(db, families, clinicianId, start, Kind, options.Value, clock.GetUtcNow());
        if (_check is null) return NotFound();
        (FamilyId, ClinicianId, ClinicianName, StartsAt) = (_check.FamilyId, clinicianId, _check.ClinicianName, start);

        var chosenFamily = FamilyId;
        if (Moving is null && !confirming)
        {
            Remaining = (await PlanAllowance.RemainingByKindAsync(db, familyIds.Where(id => id == chosenFamily)))[Kind];
            if (Remaining == 0)
            {
                ModelState.AddModelError("", "Your plan has no sessions of this kind left. Your clinician can add more.");
                return null;
            }
            // Booking an earlier time offered from the list, with a later session still booked: it stays unless they cancel it.
            var now = clock.GetUtcNow();
            KeptLater = await db.Sessions.Where(s => s.FamilyId == chosenFamily && s.ClinicianUserId == clinicianId && s.Status == SessionStatus.Booked && s.StartsAt > start
                    && db.EarlierTimeHolds.Any(h => h.FamilyId == chosenFamily && h.ClinicianUserId == clinicianId && h.StartsAt == start && h.ExpiresAt > now))
                .OrderBy(s => s.StartsAt).Select(s => new LaterSession(s.Id, s.StartsAt)).FirstOrDefaultAsync();
        }
        if (!_check.Free)
        {
            var free = await ClinicianSlots.FreeAsync(db, clinicianId, options.Value, clock.GetUtcNow(), familyIds.Where(id => id == chosenFamily));
            Nearest = SlotRules.Nearest(free, start, 3);
            ModelState.AddModelError("", Nearest.Count > 0
                ? "Sorry, that time has just been taken. The nearest free times are below."
                : "Sorry, that time has just been taken. Choose another time.");
            return null;
        }
        CanConfirm = true;
        return null;
    }

    private async Task<IActionResult> BookAsync()
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Count the session against the plan in the same transaction, only while there is one left.
        var taken = await PlanAllowance.TakeOneAsync(db, FamilyId, Kind, _check!.PlanItem);
        if (taken is null)
        {
            CanConfirm = false;
            ModelState.AddModelError("", "Your plan has no sessions of this kind left. Your clinician can add more.");
            return Page();
        }
        db.Sessions.Add(new Session
        {
            FamilyId = FamilyId,
            ClinicianUserId = ClinicianId,
            OrganisationId = taken.OrganisationId,
            PlanItemId = taken.ItemId,
            Kind = Kind,
            StartsAt = StartsAt,
            EndsAt = StartsAt + TimeSpan.FromMinutes(LengthMinutes),
            Mode = Mode,
            VideoLink = Mode == DeliveryMode.Online ? SessionDelivery.NewVideoLink(options.Value) : null,
            BookedByUserId = User.Id(),
            CreatedAt = clock.GetUtcNow(),
        });
        await TakeOwnHoldAsync();
        await FamilySessionNotices.TellAsync(notices, _check.Clinician, _check.Carers, new FamilyBookedSessionNotice(StartsAt), new SessionBookedNotice(ClinicianName, StartsAt));
        if (!await db.TrySaveAndCommitAsync(transaction)) return await TakenAsync();
        this.Flash($"Your session is booked for {TimeDisplay.Format(StartsAt)}.");
        return Redirect("/family/sessions");
    }

    /// <summary>Moves the family's session to the chosen time; the plan count stays as it was.</summary>
    private async Task<IActionResult> MoveAsync(Session moving)
    {
        var (from, before) = (moving.StartsAt, moving.ClinicianUserId);
        moving.ClinicianUserId = ClinicianId;
        moving.StartsAt = StartsAt;
        moving.EndsAt = StartsAt + TimeSpan.FromMinutes(LengthMinutes);
        moving.CalendarSequence++;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SessionReminders.Where(r => r.SessionId == moving.Id).ExecuteDeleteAsync();
        await TakeOwnHoldAsync();
        var family = new SessionsMovedNotice(1, StartsAt, ByService: false);
        var (clinician, carers) = (_check!.Clinician, _check.Carers);
        if (before == ClinicianId)
        {
            await FamilySessionNotices.TellAsync(notices, clinician, carers, new FamilyMovedSessionNotice(from, StartsAt, ToAnotherClinician: false), family);
        }
        else
        {
            // Moved to someone else on the care team: it leaves one diary and joins another.
            if (await FamilyRecipients.PersonAsync(db, before) is { } previous) await notices.SendAsync(previous, new FamilyMovedSessionNotice(from, StartsAt, ToAnotherClinician: true));
            await FamilySessionNotices.TellAsync(notices, clinician, carers, new FamilyBookedSessionNotice(StartsAt), family);
        }
        if (!await db.TrySaveAndCommitAsync(transaction)) return await TakenAsync();
        // The time it left may be what someone on the earlier-time list is waiting for.
        await EarlierTimes.OfferFreedAsync(db, notices, options.Value, before, [from], clock.GetUtcNow());
        this.Flash($"Your session has moved to {TimeDisplay.Format(StartsAt)}.");
        return Redirect("/family/sessions");
    }

    /// <summary>A time held for this family off the earlier-time list is theirs once booked: the offer becomes Booked and the hold goes.</summary>
    private Task TakeOwnHoldAsync() => _check!.OwnHold is { } hold
        ? EarlierTimes.TakeHeldAsync(db, [hold.Id], [hold.RequestId], clock.GetUtcNow())
        : Task.CompletedTask;

    /// <summary>Someone took the time a moment ago: nothing was saved, including the plan count.</summary>
    private async Task<PageResult> TakenAsync()
    {
        db.ChangeTracker.Clear();
        var familyId = FamilyId;
        var fresh = await ClinicianSlots.FreeAsync(db, ClinicianId, options.Value, clock.GetUtcNow(), db.FamilyIdsCaredForBy(User.Id()).Where(id => id == familyId));
        Nearest = SlotRules.Nearest(fresh, StartsAt, 3);
        CanConfirm = false;
        ModelState.AddModelError("", "Sorry, that time has just been taken. The nearest free times are below.");
        return Page();
    }

    public static string Local(DateTimeOffset instant, string format) => TimeDisplay.Local(instant, format);
}
