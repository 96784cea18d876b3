using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Sessions;

/// <summary>A clinician's time off (no bookings) and one-off extra times (bookable outside the usual week).</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class ExceptionsModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<Option> Kinds =
    [
        new(nameof(AvailabilityExceptionKind.Leave), "Time off", "Leave, training, a day off: families cannot book you then."),
        new(nameof(AvailabilityExceptionKind.Extra), "Extra time", "A one-off stretch when families can book you, outside your usual hours."),
    ];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<AvailabilityException> Upcoming { get; private set; } = [];

    public sealed class InputModel
    {
        public AvailabilityExceptionKind? Kind { get; set; }
        public string? StartDate { get; set; }
        public string? StartTime { get; set; }
        public string? EndDate { get; set; }
        public string? EndTime { get; set; }

        [StringLength(200, ErrorMessage = "The note must be 200 characters or fewer")]
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ClinicianSlots.IsClinicianAsync(db, User.Id())) return NotFound();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!await ClinicianSlots.IsClinicianAsync(db, User.Id())) return NotFound();
        var now = clock.GetUtcNow();
        if (Input.Kind is not (AvailabilityExceptionKind.Leave or AvailabilityExceptionKind.Extra))
            ModelState.AddModelError("Input.Kind", "Choose time off or extra time");
        var start = LocalTimeInput.Instant(Input.StartDate, Input.StartTime ?? "00:00");
        var end = LocalTimeInput.Instant(Input.EndDate, Input.EndTime ?? "23:59");
        if (start is null) ModelState.AddModelError("Input.StartDate", "Enter the start as a real date and time, like 2026-12-24 and 09:00");
        if (end is null) ModelState.AddModelError("Input.EndDate", "Enter the end as a real date and time, like 2026-12-24 and 17:00");
        if (start is not null && end is not null)
        {
            if (end <= start) ModelState.AddModelError("Input.EndDate", "The end must be after the start");
            else if (end <= now) ModelState.AddModelError("Input.EndDate", "The end must be in the future");
            else if (end - start > TimeSpan.FromDays(366)) ModelState.AddModelError("Input.EndDate", "Add time off of up to a year at a time");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var me = User.Id();
        var overlapping = await db.AvailabilityExceptions
            .Where(e => e.ClinicianUserId == me && e.Kind == Input.Kind && e.StartsAt < end && e.EndsAt > start).CountAsync();
        if (overlapping > 0)
        {
            ModelState.AddModelError("Input.StartDate", $"This overlaps {(Input.Kind == AvailabilityExceptionKind.Leave ? "time off" : "extra time")} you have already added. Change or remove that one first.");
            await LoadAsync();
            return Page();
        }
        db.AvailabilityExceptions.Add(new AvailabilityException
        {
            ClinicianUserId = me,
            Kind = Input.Kind!.Value,
            StartsAt = start!.Value,
            EndsAt = end!.Value,
            Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(),
        });
        await db.SaveChangesAsync();
        this.Flash(Input.Kind == AvailabilityExceptionKind.Leave ? "Your time off is added" : "Your extra time is added");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        var me = User.Id();
        if (await db.AvailabilityExceptions.Where(e => e.Id == id && e.ClinicianUserId == me).ExecuteDeleteAsync() == 0) return NotFound();
        this.Flash("Removed");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var me = User.Id();
        var now = clock.GetUtcNow();
        Upcoming = await db.AvailabilityExceptions.Where(e => e.ClinicianUserId == me && e.EndsAt > now)
            .OrderBy(e => e.StartsAt).Take(100).ToListAsync();
    }
}
