using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>
/// A facilitator's register for one week, made for a phone: a box a person. Saving works out who
/// has now completed the course (or no longer has, when a box was ticked by mistake), asks each
/// family who came for feedback on the week, and after the last week asks for the end measures.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RegisterModel(AlongsideDbContext db, MeasureSchedule schedule, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid PlaceId, string Name, bool? Attended);

    [BindProperty]
    public List<Guid> Present { get; set; } = [];

    public Cohort Cohort { get; private set; } = null!;
    public int Week { get; private set; }
    public DateTimeOffset Starts { get; private set; }
    public string? Topic { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int week) => await LoadAsync(id, week) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, int week)
    {
        if (!await LoadAsync(id, week)) return NotFound();
        var now = clock.GetUtcNow();
        if (Starts > now)
        {
            ModelState.AddModelError("", $"Week {week} has not happened yet: its register opens at {TimeDisplay.Format(Starts)}.");
            return Page();
        }
        if (Present.Any(p => Rows.All(r => r.PlaceId != p)))
        {
            ModelState.AddModelError("", "Someone ticked is not on this course. Nothing was saved; please try again.");
            return Page();
        }
        var course = Cohort.Course!;
        var placeIds = Rows.Select(r => r.PlaceId).ToList();
        var existing = await db.CourseAttendance.Where(a => placeIds.Contains(a.PlaceId) && a.Week == week).ToDictionaryAsync(a => a.PlaceId);
        foreach (var row in Rows)
        {
            var attended = Present.Contains(row.PlaceId);
            if (!existing.TryGetValue(row.PlaceId, out var mark))
            {
                mark = new CourseAttendance { PlaceId = row.PlaceId, Week = week };
                db.CourseAttendance.Add(mark);
            }
            (mark.Attended, mark.RecordedByUserId, mark.RecordedAt) = (attended, User.Id(), now);
        }
        await db.SaveChangesAsync();

        var places = await db.CoursePlaces.Where(p => placeIds.Contains(p.Id))
            .Select(p => new { Place = p, Attended = p.Attendance.Count(a => a.Attended) }).ToListAsync();
        foreach (var p in places)
        {
            var done = PlaceRules.Completed(p.Attended, course.CompletionMinimum);
            if (done && p.Place.CompletedAt is null) p.Place.CompletedAt = now;
            if (!done) p.Place.CompletedAt = null;
            if (p.Place.FamilyId is not { } family) continue;
            if (Present.Contains(p.Place.Id)) await schedule.CohortWeekAttendedAsync(family, Cohort.Id, week, course.Title);
            if (week == course.Weeks) await schedule.CohortEndedAsync(family, Cohort.OrganisationId, Cohort.Id, course.Title);
        }
        await db.SaveChangesAsync();
        this.Flash($"Week {week}'s register is saved: {Present.Count} of {Rows.Count} there.");
        return Redirect($"/courses/cohorts/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, int week)
    {
        var cohort = await CourseStaff.CohortsRunBy(db, User.Id()).AsNoTracking().Include(k => k.Course).ThenInclude(c => c!.WeekPlan).SingleOrDefaultAsync(k => k.Id == id);
        if (cohort is null || week < 1 || week > cohort.Course!.Weeks) return false;
        (Cohort, Week) = (cohort, week);
        Starts = CohortMeetings.StartOf(cohort.StartsOn, cohort.StartTime, week);
        Topic = cohort.Course.WeekPlan.FirstOrDefault(w => w.Number == week)?.Title;
        Rows = await db.CoursePlaces.Where(p => p.CohortId == id && p.Status == PlaceStatus.Enrolled).OrderBy(p => p.User!.DisplayName).Take(500)
            .Select(p => new Row(p.Id, p.User!.DisplayName, p.Attendance.Where(a => a.Week == week).Select(a => (bool?)a.Attended).FirstOrDefault()))
            .ToListAsync();
        return true;
    }
}
