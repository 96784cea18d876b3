using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>A completion record to keep or print: for the person, and for those who ran the cohort.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CertificateModel(AlongsideDbContext db) : PageModel
{
    public sealed record Record(string Person, string Course, string Organisation, CourseAudience Audience, DateOnly StartsOn, int Weeks, int Attended, DateTimeOffset CompletedAt, int? RenewalMonths);

    public Record Completion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var me = User.Id();
        var runs = CourseStaff.CohortsRunBy(db, me).Select(k => k.Id);
        var record = await db.CoursePlaces.Where(p => p.Id == id && p.CompletedAt != null && (p.UserId == me || runs.Contains(p.CohortId)))
            .Select(p => new Record(p.User!.DisplayName, p.Cohort!.Course!.Title, p.Cohort.Course.Organisation!.Name, p.Cohort.Course.Audience, p.Cohort.StartsOn,
                p.Cohort.Course.Weeks, p.Attendance.Count(a => a.Attended), p.CompletedAt!.Value, p.Cohort.Course.RenewalMonths))
            .SingleOrDefaultAsync();
        if (record is null) return NotFound();
        Completion = record;
        return Page();
    }
}
