using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>
/// One course: what each week covers, what it costs, and its cohorts yet to begin. Anyone may
/// read it; taking a place needs an account. A parent joins a course that allows it; a referrer
/// asks for a place for a family they referred; otherwise places come through a support plan.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(AlongsideDbContext db, CohortPlaces places, MeasureSchedule schedule, TimeProvider clock) : PageModel
{
    public Course Course { get; private set; } = null!;
    public string? Prerequisite { get; private set; }
    public bool PrerequisiteMet { get; private set; } = true;
    public IReadOnlyList<CohortCard> Cohorts { get; private set; } = [];
    public IReadOnlyDictionary<Guid, PlaceStatus> Mine { get; private set; } = new Dictionary<Guid, PlaceStatus>();
    public bool HasFamily { get; private set; }
    public IReadOnlyList<(Guid FamilyId, string Label)> Referred { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostJoinAsync(Guid id, Guid cohortId)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge(); // the page is open; taking a place needs an account
        if (!await LoadAsync(id)) return NotFound();
        if (Cohorts.All(c => c.Id != cohortId)) return Refuse("Those dates are no longer open. Choose dates from the list.");
        if (!Course.SelfEnrol)
        {
            ModelState.AddModelError("", "Places on this course are given through a support plan or a referral. Ask your clinician or the person who referred you.");
            return Page();
        }
        var me = User.Id();
        Guid? familyId = null;
        if (Course.Audience == CourseAudience.ParentsAndCarers)
        {
            familyId = await db.FamilyIdsCaredForBy(me).Select(f => (Guid?)f).FirstOrDefaultAsync();
            if (familyId is null)
            {
                ModelState.AddModelError("", "This course is for parents and carers. Sign in with the account you use for your family.");
                return Page();
            }
        }
        if (!PrerequisiteMet)
        {
            ModelState.AddModelError("", $"Complete {Prerequisite} before this course.");
            return Page();
        }
        return await JoinAsync(cohortId, me, familyId, me, "you");
    }

    /// <summary>A referrer asks for a place for a family they referred; the family is emailed either way.</summary>
    public async Task<IActionResult> OnPostAskAsync(Guid id, Guid cohortId, Guid familyId)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!await LoadAsync(id) || Course.Audience != CourseAudience.ParentsAndCarers) return NotFound();
        if (Cohorts.All(c => c.Id != cohortId)) return Refuse("Those dates are no longer open. Choose dates from the list.");
        if (Referred.All(r => r.FamilyId != familyId))
        {
            ModelState.AddModelError("familyId", "Choose a family you referred");
            return Page();
        }
        var carer = await db.FamilyCarers.Where(c => c.FamilyId == familyId).OrderBy(c => c.Id).Select(c => (Guid?)c.UserId).FirstOrDefaultAsync();
        if (carer is null)
        {
            ModelState.AddModelError("familyId", "That family has no carer with an account yet, so there is no one to give the place to.");
            return Page();
        }
        if (Course.PrerequisiteCourseId is { } before && !await CourseCatalogue.CompletedAsync(db, carer.Value, before))
        {
            ModelState.AddModelError("familyId", $"The family has not completed {Prerequisite}, which comes first.");
            return Page();
        }
        return await JoinAsync(cohortId, carer.Value, familyId, User.Id(), "the family");
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }

    private async Task<IActionResult> JoinAsync(Guid cohortId, Guid userId, Guid? familyId, Guid addedBy, string who)
    {
        var outcome = await places.JoinAsync(cohortId, userId, familyId, null, addedBy);
        switch (outcome)
        {
            case JoinOutcome.Closed:
                ModelState.AddModelError("", "That course has already begun or been cancelled. Choose other dates.");
                await LoadAsync(Course.Id);
                return Page();
            case JoinOutcome.AlreadyOnIt:
                ModelState.AddModelError("", $"{(who == "you" ? "You are" : "The family is")} already on this course or its waiting list.");
                return Page();
            case JoinOutcome.Enrolled when familyId is { } family:
                await schedule.CohortJoinedAsync(family, Course.OrganisationId, cohortId, Course.Title);
                await db.SaveChangesAsync();
                break;
        }
        this.Flash(outcome == JoinOutcome.Enrolled
            ? $"{(who == "you" ? "You have" : "The family has")} a place on {Course.Title}."
            : $"{(who == "you" ? "You are" : "The family is")} on the waiting list for {Course.Title}. When a place comes free it is offered by email and on Alongside.");
        return who == "you" ? Redirect("/courses/mine") : RedirectToPage(new { id = Course.Id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var course = await db.Courses.AsNoTracking().Include(c => c.Organisation).Include(c => c.WeekPlan)
            .SingleOrDefaultAsync(c => c.Id == id && c.RetiredAt == null);
        if (course is null) return false;
        Course = course;
        Course.WeekPlan.Sort((a, b) => a.Number.CompareTo(b.Number));
        Cohorts = await CourseCatalogue.UpcomingAsync(db, id, clock.GetUtcNow());
        if (course.PrerequisiteCourseId is { } before)
            Prerequisite = await db.Courses.Where(c => c.Id == before).Select(c => c.Title).SingleOrDefaultAsync();
        if (User.Identity?.IsAuthenticated != true) return true;
        var me = User.Id();
        if (course.PrerequisiteCourseId is { } required) PrerequisiteMet = await CourseCatalogue.CompletedAsync(db, me, required);
        var cohortIds = Cohorts.Select(c => c.Id).ToList();
        Mine = await db.CoursePlaces.Where(p => p.UserId == me && cohortIds.Contains(p.CohortId)).ToDictionaryAsync(p => p.CohortId, p => p.Status);
        HasFamily = await db.FamilyIdsCaredForBy(me).AnyAsync();
        if (course.Audience == CourseAudience.ParentsAndCarers)
        {
            var referred = await db.Referrals.Where(r => r.SubmittedByUserId == me && r.Source != ReferralSource.Self)
                .OrderByDescending(r => r.SubmittedAt).Take(50)
                .Select(r => new { r.FamilyId, r.Child!.FirstName, r.SubmittedAt }).ToListAsync();
            Referred = referred.DistinctBy(r => r.FamilyId).Select(r => (r.FamilyId, $"{r.FirstName}'s family, referred {r.SubmittedAt:d MMMM yyyy}")).ToList();
        }
        return true;
    }
}
