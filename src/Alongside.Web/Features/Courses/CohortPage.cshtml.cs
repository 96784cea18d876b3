using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>
/// A cohort for those who run it: who has a place, who is offered one and until when, the
/// waiting list in order, and each week's register. Removing someone offers their place on.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CohortPageModel(AlongsideDbContext db, CohortPlaces places, TimeProvider clock) : PageModel
{
    public sealed record Person(Guid PlaceId, string Name, PlaceStatus Status, DateTimeOffset JoinedAt, DateTimeOffset? OfferExpiresAt, int Attended, DateTimeOffset? CompletedAt, bool FromPlan);

    public Cohort Cohort { get; private set; } = null!;
    public IReadOnlyList<Person> People { get; private set; } = [];
    public int WeeksStarted { get; private set; }
    public bool RunsTheOrganisation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid placeId)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (People.All(p => p.PlaceId != placeId) || !await places.LeaveAsync(placeId))
        {
            ModelState.AddModelError("", "That person no longer has a place or a place in the queue.");
            return Page();
        }
        this.Flash("Removed. If they held a place, it has been offered to the next person waiting.");
        return RedirectToPage(new { id });
    }

    /// <summary>Only the organisation's admins cancel dates, and only once they have ticked that they mean it.</summary>
    public async Task<IActionResult> OnPostCancelAsync(Guid id, bool confirm)
    {
        if (!await LoadAsync(id) || !RunsTheOrganisation) return NotFound();
        if (!confirm)
        {
            ModelState.AddModelError("confirm", "Tick the box to say you mean to cancel these dates");
            return Page();
        }
        if (!await places.CancelCohortAsync(id))
        {
            ModelState.AddModelError("", "These dates are already cancelled.");
            return Page();
        }
        this.Flash($"The dates are cancelled. Everyone with a place or on the waiting list has been emailed.");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cohort = await CourseStaff.CohortsRunBy(db, User.Id()).AsNoTracking().Include(k => k.Course).Include(k => k.Facilitators).ThenInclude(f => f.User)
            .SingleOrDefaultAsync(k => k.Id == id);
        if (cohort is null) return false;
        Cohort = cohort;
        RunsTheOrganisation = await CourseStaff.OrganisationsRunBy(db, User.Id()).ContainsAsync(cohort.OrganisationId);
        WeeksStarted = CohortMeetings.WeeksStarted(cohort.StartsOn, cohort.StartTime, cohort.Course!.Weeks, clock.GetUtcNow());
        People = await db.CoursePlaces.Where(p => p.CohortId == id && (p.Status == PlaceStatus.Enrolled || p.Status == PlaceStatus.Offered || p.Status == PlaceStatus.Waiting))
            .OrderBy(p => p.Status).ThenBy(p => p.JoinedAt).Take(500)
            .Select(p => new Person(p.Id, p.User!.DisplayName, p.Status, p.JoinedAt, p.OfferExpiresAt, p.Attendance.Count(a => a.Attended), p.CompletedAt, p.PlanItemId != null))
            .ToListAsync();
        return true;
    }
}
