using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// A clinician on the family's care team books a session or a weekly or fortnightly series for
/// them. Past the plan's allowance it needs a reason, kept with the sessions.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class BookForFamilyModel(AlongsideDbContext db, IOptions<SessionOptions> options, Notices notices, TimeProvider clock) : PageModel
{
    /// <summary>The session settings, for saying whether a room will be made.</summary>
    public SessionOptions SessionSettings => options.Value;

    public static readonly IReadOnlyList<Option> Repeats =
    [
        new(nameof(Repeat.None), "Just this one"),
        new(nameof(Repeat.Weekly), "Every week"),
        new(nameof(Repeat.Fortnightly), "Every two weeks"),
    ];

    public static readonly IReadOnlyList<Option> Modes =
    [
        new(nameof(DeliveryMode.Online), "Online, by video call"),
        new(nameof(DeliveryMode.FaceToFace), "Face to face"),
    ];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string FamilyName { get; private set; } = "";
    public Guid FamilyId { get; private set; }
    public IReadOnlyList<Option> KindOptions { get; private set; } = [];

    public sealed class InputModel
    {
        public SessionKind? Kind { get; set; }
        public string? Date { get; set; }
        public string? Time { get; set; }
        public Repeat Repeat { get; set; }

        [Range(1, SeriesRules.MaxSessions, ErrorMessage = "Book between 1 and 26 sessions at a time")]
        public int? Count { get; set; }

        public DeliveryMode? Mode { get; set; }

        [StringLength(500, ErrorMessage = "The video link must be 500 characters or fewer")]
        public string? VideoLink { get; set; }

        [StringLength(300, ErrorMessage = "The place must be 300 characters or fewer")]
        public string? Place { get; set; }

        [StringLength(500, ErrorMessage = "The reason must be 500 characters or fewer")]
        public string? OverrideReason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid familyId)
    {
        if (!await LoadAsync(familyId)) return NotFound();
        Input.Mode = await SessionDelivery.FamilyPreferenceAsync(db, familyId);
        Input.Count = 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid familyId)
    {
        if (!await LoadAsync(familyId)) return NotFound();
        var now = clock.GetUtcNow();
        if (Input.Kind is null || !Enum.IsDefined(Input.Kind.Value)) ModelState.AddModelError("Input.Kind", "Choose the kind of session");
        if (!Enum.IsDefined(Input.Repeat)) ModelState.AddModelError("Input.Repeat", "Choose how often");
        var date = LocalTimeInput.Date(Input.Date);
        var time = LocalTimeInput.Time(Input.Time);
        if (date is null) ModelState.AddModelError("Input.Date", "Enter the date of the first session, like 2026-12-01");
        if (time is null) ModelState.AddModelError("Input.Time", "Enter the start time, like 16:00");
        SessionDelivery.Check(ModelState, Input.Mode, Input.Place, Input.VideoLink);
        if (!ModelState.IsValid) return Page();

        var starts = SeriesRules.Occurrences(date!.Value, time!.Value, Input.Repeat, Input.Count ?? 1, TimeDisplay.London);
        if (starts.Count == 0 || starts[0] <= now)
        {
            ModelState.AddModelError("Input.Date", "The first session must be in the future");
            return Page();
        }
        var length = TimeSpan.FromMinutes(options.Value.LengthMinutes);
        var me = User.Id();
        if (await SessionClashes.FirstClashAsync(db, me, starts.Select(s => new Span(s, s + length)).ToList(), [], familyId, now) is { } clash)
        {
            ModelState.AddModelError("Input.Date", clash.Message);
            return Page();
        }
        var allowance = await PlanAllowance.AllowanceAsync(db, familyId, Input.Kind!.Value);
        var over = starts.Count - allowance.Remaining;
        if (over > 0 && string.IsNullOrWhiteSpace(Input.OverrideReason))
        {
            ModelState.AddModelError("Input.OverrideReason", allowance.ItemId is null
                ? "The family's agreed plan has no sessions of this kind. Give a reason to book anyway."
                : $"This is {over} more than the {allowance.Remaining} left in the plan. Give a reason to book past the plan.");
            return Page();
        }

        var organisationId = await SessionOrganisations.OfAsync(db, allowance.ItemId, me, familyId);
        var seriesId = starts.Count > 1 ? Guid.CreateVersion7() : (Guid?)null;
        var sessions = starts.Select((start, i) => new Session
        {
            FamilyId = familyId,
            ClinicianUserId = me,
            OrganisationId = organisationId,
            PlanItemId = allowance.ItemId,
            Kind = Input.Kind.Value,
            StartsAt = start,
            EndsAt = start + length,
            Mode = Input.Mode!.Value,
            VideoLink = Input.Mode == DeliveryMode.Online
                ? string.IsNullOrWhiteSpace(Input.VideoLink) ? SessionDelivery.NewVideoLink(options.Value) : Input.VideoLink.Trim()
                : null,
            Place = Input.Mode == DeliveryMode.FaceToFace ? Input.Place!.Trim() : null,
            SeriesId = seriesId,
            OverrideReason = i >= allowance.Remaining ? Input.OverrideReason!.Trim() : null,
            BookedByUserId = me,
            CreatedAt = now,
        }).ToList();
        db.Sessions.AddRange(sessions);
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Booking the family into a time held for them off the earlier-time list ends their wait.
        await EarlierTimes.TakeHoldAsync(db, familyId, me, starts, now);
        if (allowance.ItemId is { } itemId)
        {
            await PlanAllowance.TakeAsync(db, itemId, sessions.Count);
        }
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, familyId), new SessionsBookedNotice(sessions.Count, starts[0]));
        if (!await db.TrySaveAndCommitAsync(transaction))
        {
            // A family booked one of these times a moment ago: nothing was saved.
            ModelState.AddModelError("Input.Date", "One of those times has just been booked. Choose another time.");
            return Page();
        }
        this.Flash(sessions.Count == 1 ? $"Booked for {TimeDisplay.Format(starts[0])}" : $"Booked {sessions.Count} sessions from {TimeDisplay.Format(starts[0])}");
        return Redirect("/staff/sessions");
    }

    private async Task<bool> LoadAsync(Guid familyId)
    {
        var me = User.Id();
        var family = await db.Families.OnCareTeam(db, me).Where(f => f.Id == familyId).Select(f => new { f.Id, f.Name }).SingleOrDefaultAsync();
        if (family is null || !await ClinicianSlots.IsClinicianAsync(db, me)) return false;
        (FamilyId, FamilyName) = (family.Id, family.Name);
        var remaining = await PlanAllowance.RemainingByKindAsync(db, db.Families.Where(f => f.Id == familyId).Select(f => f.Id));
        KindOptions = Enum.GetValues<SessionKind>().Select(k =>
        {
            var left = remaining[k];
            return new Option(k.ToString(), SessionKinds.Describe(k), left == 0 ? "None left in the agreed plan" : $"{left} left in the agreed plan");
        }).ToList();
        return true;
    }
}
