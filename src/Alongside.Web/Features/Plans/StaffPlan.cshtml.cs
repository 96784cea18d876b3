using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Plans;

/// <summary>A support plan as staff of an organisation working with the family see it (audited).</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class StaffPlanModel(AlongsideDbContext db, AuditLog audit) : PageModel
{
    public PlanView Plan { get; private set; } = null!;
    public IReadOnlyList<PlanVersion> Versions { get; private set; } = [];
    public bool OnCareTeam { get; private set; }

    /// <summary>The plan's group course items, with the cohort each has a place on (or is waiting for).</summary>
    public IReadOnlyList<CourseItem> CourseItems { get; private set; } = [];

    public sealed record CourseItem(Guid ItemId, string? Course, DateOnly? StartsOn, PlaceStatus? Status);

    public async Task<IActionResult> OnGetAsync(Guid familyId, Guid planId)
    {
        var me = User.Id();
        var plan = await db.SupportPlans
            .Where(p => p.Id == planId && p.FamilyId == familyId && db.Families.WorkedWithBy(db, me).Any(f => f.Id == p.FamilyId))
            .ToView().AsSplitQuery().SingleOrDefaultAsync();
        if (plan is null) return NotFound();
        Plan = plan;
        Versions = await PlanQueries.VersionsAsync(db, familyId, plan.ChildName);
        OnCareTeam = await db.CareTeamMembers.AnyAsync(c => c.FamilyId == familyId && c.UserId == me);
        CourseItems = await db.PlanItems.Where(i => i.PlanId == planId && i.Kind == PlanItemKind.GroupCourse)
            .Select(i => new CourseItem(i.Id,
                db.Cohorts.Where(k => k.Id == i.CohortId).Select(k => k.Course!.Title).FirstOrDefault(),
                db.Cohorts.Where(k => k.Id == i.CohortId).Select(k => (DateOnly?)k.StartsOn).FirstOrDefault(),
                db.CoursePlaces.Where(p => p.PlanItemId == i.Id).OrderByDescending(p => p.JoinedAt).Select(p => (PlaceStatus?)p.Status).FirstOrDefault()))
            .ToListAsync();
        await audit.RecordReadAsync("SupportPlan", planId, familyId, "Read the support plan");
        return Page();
    }
}
