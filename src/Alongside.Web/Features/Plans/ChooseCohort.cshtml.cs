using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Plans;

/// <summary>
/// The care team gives a plan's group course item its cohort: the family takes a place (or joins
/// the waiting list) on a course the plan's organisation runs, and the item remembers which.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class ChooseCohortModel(AlongsideDbContext db, CohortPlaces places, MeasureSchedule schedule, TimeProvider clock) : PageModel
{
    public sealed record Choice(Guid CohortId, string Course, DateOnly StartsOn, TimeOnly StartTime, TimeOnly EndTime, int Weeks, int PlacesLeft, int Waiting);

    public string ChildName { get; private set; } = "";
    public IReadOnlyList<Choice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid familyId, Guid planId, Guid itemId) => await LoadAsync(familyId, planId, itemId) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid familyId, Guid planId, Guid itemId, Guid cohortId)
    {
        if (await LoadAsync(familyId, planId, itemId) is not var (item, organisationId)) return NotFound();
        var choice = Choices.FirstOrDefault(c => c.CohortId == cohortId);
        if (choice is null)
        {
            ModelState.AddModelError("cohortId", "Choose one of the dates listed");
            return Page();
        }
        var carer = await db.FamilyCarers.Where(c => c.FamilyId == familyId).OrderBy(c => c.Id).Select(c => (Guid?)c.UserId).FirstOrDefaultAsync();
        if (carer is null)
        {
            ModelState.AddModelError("cohortId", "The family has no carer with an account yet, so there is no one to give the place to.");
            return Page();
        }
        var before = await db.Cohorts.Where(k => k.Id == cohortId).Select(k => k.Course!.PrerequisiteCourseId).SingleAsync();
        if (before is { } required && !await db.CoursePlaces.AnyAsync(p => p.UserId == carer && p.CompletedAt != null && p.Cohort!.CourseId == required))
        {
            ModelState.AddModelError("cohortId", "The family has not completed the course that comes before this one.");
            return Page();
        }
        var outcome = await places.JoinAsync(cohortId, carer.Value, familyId, itemId, User.Id());
        if (outcome is JoinOutcome.Closed or JoinOutcome.AlreadyOnIt)
        {
            ModelState.AddModelError("cohortId", outcome == JoinOutcome.Closed ? "Those dates have begun or been cancelled. Choose others." : "The family is already on that course or its waiting list.");
            await LoadAsync(familyId, planId, itemId);
            return Page();
        }
        item.CohortId = cohortId;
        if (outcome == JoinOutcome.Enrolled) await schedule.CohortJoinedAsync(familyId, organisationId, cohortId, choice.Course);
        await db.SaveChangesAsync();
        this.Flash(outcome == JoinOutcome.Enrolled ? $"The family has a place on {choice.Course}." : $"{choice.Course} is full: the family is on its waiting list and will be offered the next place.");
        return Redirect($"/staff/families/{familyId}/plans/{planId}");
    }

    private async Task<(PlanItem Item, Guid OrganisationId)?> FindAsync(Guid familyId, Guid planId, Guid itemId)
    {
        var me = User.Id();
        var found = await db.PlanItems
            .Where(i => i.Id == itemId && i.PlanId == planId && i.Kind == PlanItemKind.GroupCourse && i.CohortId == null)
            .Join(db.SupportPlans.Where(p => p.FamilyId == familyId && p.Status == PlanStatus.Agreed && db.Families.OnCareTeam(db, me).Any(f => f.Id == p.FamilyId)),
                i => i.PlanId, p => p.Id, (i, p) => new { Item = i, p.OrganisationId, p.Child!.FirstName })
            .SingleOrDefaultAsync();
        if (found is null) return null;
        ChildName = found.FirstName;
        return (found.Item, found.OrganisationId);
    }

    private async Task<(PlanItem Item, Guid OrganisationId)?> LoadAsync(Guid familyId, Guid planId, Guid itemId)
    {
        if (await FindAsync(familyId, planId, itemId) is not { } found) return null;
        var now = clock.GetUtcNow();
        var today = UkTime.DateOf(now);
        var rows = await db.Cohorts.Where(k => k.OrganisationId == found.OrganisationId && k.CancelledAt == null && k.StartsOn >= today
                && k.Course!.RetiredAt == null && k.Course.Audience == CourseAudience.ParentsAndCarers)
            .OrderBy(k => k.StartsOn).Take(50)
            .Select(k => new Choice(k.Id, k.Course!.Title, k.StartsOn, k.StartTime, k.EndTime, k.Course.Weeks, k.Capacity - k.PlacesHeld,
                db.CoursePlaces.Count(p => p.CohortId == k.Id && p.Status == PlaceStatus.Waiting)))
            .ToListAsync();
        Choices = rows.Where(c => CohortMeetings.StartOf(c.StartsOn, c.StartTime, 1) > now).ToList();
        return found;
    }
}
