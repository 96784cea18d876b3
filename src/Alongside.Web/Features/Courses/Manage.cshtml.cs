using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>An admin's courses and cohorts; a facilitator's cohorts, each with its register.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ManageModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public sealed record CourseRow(Guid Id, string Title, string Organisation, CourseAudience Audience, bool Retired);

    public sealed record CohortRow(Guid Id, Guid CourseId, string Course, DateOnly StartsOn, TimeOnly StartTime, int Weeks, int Capacity, int Enrolled, int Waiting, bool Cancelled);

    public IReadOnlyList<CourseRow> Courses { get; private set; } = [];
    public IReadOnlyList<CohortRow> Cohorts { get; private set; } = [];
    public bool RunsAnOrganisation { get; private set; }

    public async Task OnGetAsync()
    {
        var me = User.Id();
        var runs = CourseStaff.OrganisationsRunBy(db, me);
        RunsAnOrganisation = await runs.AnyAsync();
        Courses = await db.Courses.Where(c => runs.Contains(c.OrganisationId)).OrderBy(c => c.RetiredAt != null).ThenBy(c => c.Title).Take(100)
            .Select(c => new CourseRow(c.Id, c.Title, c.Organisation!.Name, c.Audience, c.RetiredAt != null)).ToListAsync();
        var since = clock.UkToday().AddDays(-7 * CourseRules.MaxWeeks);
        Cohorts = await CourseStaff.CohortsRunBy(db, me).Where(k => k.StartsOn >= since).OrderBy(k => k.StartsOn).Take(100)
            .Select(k => new CohortRow(k.Id, k.CourseId, k.Course!.Title, k.StartsOn, k.StartTime, k.Course.Weeks, k.Capacity,
                db.CoursePlaces.Count(p => p.CohortId == k.Id && p.Status == PlaceStatus.Enrolled),
                db.CoursePlaces.Count(p => p.CohortId == k.Id && p.Status == PlaceStatus.Waiting), k.CancelledAt != null))
            .ToListAsync();
    }
}
