using System.Globalization;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Sessions;

/// <summary>A clinician sets their usual working week (UK time). Two stretches a day leave room for a break.</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class AvailabilityModel(AlongsideDbContext db) : PageModel
{
    public static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Per day: first stretch start and end, second stretch start and end, as "09:00".</summary>
    [BindProperty]
    public List<string?> Times { get; set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ClinicianSlots.IsClinicianAsync(db, User.Id())) return NotFound();
        var me = User.Id();
        var hours = await db.WorkingHours.Where(h => h.ClinicianUserId == me).OrderBy(h => h.Start).ToListAsync();
        Times = Week.SelectMany(day =>
        {
            var stretches = hours.Where(h => h.Day == day).Take(2).ToList();
            return Enumerable.Range(0, 2).SelectMany(i => i < stretches.Count
                ? new[] { stretches[i].Start.ToString("HH:mm", CultureInfo.InvariantCulture), stretches[i].End.ToString("HH:mm", CultureInfo.InvariantCulture) }
                : new string?[] { null, null });
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ClinicianSlots.IsClinicianAsync(db, User.Id())) return NotFound();
        while (Times.Count < Week.Length * 4) Times.Add(null);
        var entries = new List<WorkingHoursEntry>();
        for (var d = 0; d < Week.Length; d++)
        {
            for (var s = 0; s < 2; s++)
            {
                var index = (d * 4) + (s * 2);
                var (start, end) = (Times[index], Times[index + 1]);
                if (string.IsNullOrWhiteSpace(start) && string.IsNullOrWhiteSpace(end)) continue;
                var key = $"Times[{index}]";
                if (!TimeOnly.TryParseExact(start?.Trim(), "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                    || !TimeOnly.TryParseExact(end?.Trim(), "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
                {
                    ModelState.AddModelError(key, $"{Week[d]}: enter both times as hours and minutes, like 09:00 and 12:30");
                    continue;
                }
                if (to <= from) ModelState.AddModelError(key, $"{Week[d]}: the end must be after the start");
                else entries.Add(new WorkingHoursEntry { ClinicianUserId = User.Id(), Day = Week[d], Start = from, End = to });
            }
            var day = entries.Where(e => e.Day == Week[d]).OrderBy(e => e.Start).ToList();
            if (day.Count == 2 && day[1].Start < day[0].End) ModelState.AddModelError($"Times[{d * 4}]", $"{Week[d]}: the two stretches overlap");
        }
        if (!ModelState.IsValid) return Page();
        var me = User.Id();
        await db.WorkingHours.Where(h => h.ClinicianUserId == me).ExecuteDeleteAsync();
        db.WorkingHours.AddRange(entries);
        await db.SaveChangesAsync();
        this.Flash("Your working hours are saved");
        return RedirectToPage();
    }
}
