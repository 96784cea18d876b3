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
        await audit.RecordReadAsync("SupportPlan", planId, familyId, "Read the support plan");
        return Page();
    }
}
