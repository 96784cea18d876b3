using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// The clinician moves a booked session, or it and the later ones in its series, or cancels them
/// for the service. A series keeps its rhythm: each later session moves by the same number of
/// days to the new UK time.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class ChangeModel(AlongsideDbContext db, IOptions<SessionOptions> options, Notices notices, TimeProvider clock) : PageModel
{
    /// <summary>The session settings, for saying whether a room will be made.</summary>
    public SessionOptions SessionSettings => options.Value;

    public static readonly IReadOnlyList<Option> Scopes =
    [
        new("one", "Just this session"),
        new("later", "This and the later sessions in the series"),
    ];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Session? Current { get; private set; }
    public int LaterInSeries { get; private set; }

    public sealed class InputModel
    {
        public string? Date { get; set; }
        public string? Time { get; set; }
        public string Scope { get; set; } = "one";
        public DeliveryMode? Mode { get; set; }

        [StringLength(500, ErrorMessage = "The video link must be 500 characters or fewer")]
        public string? VideoLink { get; set; }

        [StringLength(300, ErrorMessage = "The place must be 300 characters or fewer")]
        public string? Place { get; set; }
    }

    /// <summary>Set when the clinician chose to cancel: the page then asks them to confirm, and nothing else.</summary>
    public ConfirmActionView? Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? cancel)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (cancel is "one" or "later")
        {
            Confirming = ConfirmCancel(id, cancel == "later" && LaterInSeries > 0);
            return Page();
        }
        Input = new InputModel
        {
            Date = LocalTimeInput.DateText(Current!.StartsAt),
            Time = LocalTimeInput.TimeText(Current.StartsAt),
            Mode = Current.Mode,
            VideoLink = Current.VideoLink,
            Place = Current.Place,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var date = LocalTimeInput.Date(Input.Date);
        var time = LocalTimeInput.Time(Input.Time);
        if (date is null) ModelState.AddModelError("Input.Date", "Enter the new date, like 2026-12-01");
        if (time is null) ModelState.AddModelError("Input.Time", "Enter the new start time, like 16:00");
        SessionDelivery.Check(ModelState, Input.Mode, Input.Place, Input.VideoLink);
        if (!ModelState.IsValid) return Page();

        var moving = await AffectedAsync();
        var oldFirstDate = UkTime.DateOf(Current!.StartsAt);
        var dayShift = date!.Value.DayNumber - oldFirstDate.DayNumber;
        var now = clock.GetUtcNow();
        var length = TimeSpan.FromMinutes(options.Value.LengthMinutes);
        var moves = moving.Select(s =>
        {
            var oldDate = UkTime.DateOf(s.StartsAt);
            return (Session: s, Start: SlotRules.ToInstant(oldDate.AddDays(dayShift), time!.Value, TimeDisplay.London));
        }).ToList();
        if (moves.Any(m => m.Start is null || m.Start <= now))
        {
            ModelState.AddModelError("Input.Date", "The new time must be in the future");
            return Page();
        }
        if (await SessionClashes.FirstClashAsync(db, Current.ClinicianUserId, moves.Select(m => new Span(m.Start!.Value, m.Start.Value + length)).ToList(), moving.Select(s => s.Id).ToList(), Current.FamilyId, now) is { } clash)
        {
            ModelState.AddModelError("Input.Date", clash.Message);
            return Page();
        }
        var freed = moving.Select(s => s.StartsAt).ToList();
        foreach (var (session, start) in moves)
        {
            session.StartsAt = start!.Value;
            session.EndsAt = start.Value + length;
            session.CalendarSequence++;
            session.Mode = Input.Mode!.Value;
            session.Place = Input.Mode == DeliveryMode.FaceToFace ? Input.Place!.Trim() : null;
            session.VideoLink = Input.Mode == DeliveryMode.Online
                ? string.IsNullOrWhiteSpace(Input.VideoLink) ? session.VideoLink ?? SessionDelivery.NewVideoLink(options.Value) : Input.VideoLink.Trim()
                : null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Reminders go again for the new time.
        var ids = moving.Select(s => s.Id).ToList();
        await db.SessionReminders.Where(r => ids.Contains(r.SessionId)).ExecuteDeleteAsync();
        // Moved into a time held for this family off the earlier-time list: their wait is over.
        await EarlierTimes.TakeHoldAsync(db, Current.FamilyId, Current.ClinicianUserId, [.. moves.Select(m => m.Start!.Value)], now);
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, Current.FamilyId), new SessionsMovedNotice(moving.Count, moves[0].Start!.Value));
        if (!await db.TrySaveAndCommitAsync(transaction))
        {
            ModelState.AddModelError("Input.Date", "One of those times has just been booked. Choose another time.");
            return Page();
        }
        await EarlierTimes.OfferFreedAsync(db, notices, options.Value, Current.ClinicianUserId, freed, now);
        this.Flash(moving.Count == 1 ? "Session moved" : $"{moving.Count} sessions moved");
        return Redirect("/staff/sessions");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var cancelling = await AffectedAsync();
        var now = clock.GetUtcNow();
        foreach (var session in cancelling)
        {
            session.Status = SessionStatus.CancelledByService;
            session.CancelledAt = now;
            session.CalendarSequence++;
        }
        // The family is not charged for sessions the service cancels.
        foreach (var group in cancelling.Where(s => s.PlanItemId is not null).GroupBy(s => s.PlanItemId!.Value))
        {
            await PlanAllowance.GiveBackAsync(db, group.Key, group.Count());
        }
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, Current!.FamilyId), new SessionsCancelledNotice(cancelling.Count, Current.StartsAt));
        await db.SaveChangesAsync();
        await EarlierTimes.OfferFreedAsync(db, notices, options.Value, Current.ClinicianUserId, cancelling.Select(s => s.StartsAt), now);
        this.Flash(cancelling.Count == 1 ? "Cancelled by the service" : $"{cancelling.Count} sessions cancelled by the service");
        return Redirect("/staff/sessions");
    }

    private ConfirmActionView ConfirmCancel(Guid id, bool later)
    {
        var count = later ? LaterInSeries + 1 : 1;
        return new ConfirmActionView(
            later ? $"Cancel these {count} sessions for the service?" : "Cancel this session for the service?",
            [
                later ? $"The session on {TimeDisplay.Format(Current!.StartsAt)} and the {LaterInSeries} booked after it in the series will be cancelled." : $"The session on {TimeDisplay.Format(Current!.StartsAt)} will be cancelled.",
                "The family is emailed straight away, and their calendar entries are updated.",
                later ? "It does not count against the family's plan: the sessions go back to what is left." : "It does not count against the family's plan: the session goes back to what is left.",
            ],
            $"/staff/sessions/{id}/change?handler=Cancel",
            new Dictionary<string, string> { ["Input.Scope"] = later ? "later" : "one" },
            later ? "Yes, cancel these sessions" : "Yes, cancel this session",
            $"/staff/sessions/{id}/change",
            "No, keep the session");
    }

    /// <summary>This session, or it and the later booked ones in its series.</summary>
    private async Task<List<Session>> AffectedAsync()
    {
        if (Input.Scope != "later" || Current!.SeriesId is null) return [Current!];
        return await db.Sessions.Where(s => s.SeriesId == Current.SeriesId && s.Status == SessionStatus.Booked && s.StartsAt >= Current.StartsAt)
            .OrderBy(s => s.StartsAt).ToListAsync();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var me = User.Id();
        var now = clock.GetUtcNow();
        Current = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id && s.ClinicianUserId == me && s.Status == SessionStatus.Booked && s.StartsAt > now);
        if (Current?.SeriesId is { } series)
        {
            LaterInSeries = await db.Sessions.CountAsync(s => s.SeriesId == series && s.Status == SessionStatus.Booked && s.StartsAt > Current.StartsAt);
        }
        return Current is not null;
    }
}
