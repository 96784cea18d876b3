using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Plans;

/// <summary>Parents read their plan and agree to it, or ask for changes in their own words.</summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class FamilyPlanModel(AlongsideDbContext db, Notices notices, MeasureSchedule measures, TimeProvider clock) : PageModel
{
    public PlanView Plan { get; private set; } = null!;
    public IReadOnlyList<PlanVersion> Versions { get; private set; } = [];

    [BindProperty]
    [StringLength(2000, ErrorMessage = "Your comment must be 2,000 characters or fewer")]
    public string? Comment { get; set; }

    public bool CanRespond => Plan.Status is PlanStatus.AwaitingAgreement or PlanStatus.ChangesRequested;

    public async Task<IActionResult> OnGetAsync(Guid planId) => await LoadAsync(planId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAgreeAsync(Guid planId) => await RespondAsync(planId, PlanStatus.Agreed);

    public async Task<IActionResult> OnPostChangesAsync(Guid planId)
    {
        if (string.IsNullOrWhiteSpace(Comment)) ModelState.AddModelError(nameof(Comment), "Tell your care team what you would like to change");
        return await RespondAsync(planId, PlanStatus.ChangesRequested);
    }

    private async Task<IActionResult> RespondAsync(Guid planId, PlanStatus status)
    {
        if (!await LoadAsync(planId)) return NotFound();
        if (!CanRespond) ModelState.AddModelError("", "This version of the plan has been replaced. Read the newest version.");
        if (!ModelState.IsValid) return Page();

        var me = User.Id();
        var plan = await db.SupportPlans.SingleAsync(p => p.Id == planId);
        plan.Status = status;
        plan.RespondedAt = clock.GetUtcNow();
        plan.RespondedByUserId = me;
        plan.ParentComment = status == PlanStatus.ChangesRequested ? Comment!.Trim() : null;
        await notices.SendAsync(await FamilyRecipients.CareTeamAsync(db, plan.FamilyId), new PlanResponseNotice(status == PlanStatus.Agreed, plan.FamilyId, plan.Id));
        // Agreeing starts the measures: the goals and wellbeing at the start of the support.
        if (status == PlanStatus.Agreed) await measures.PlanAgreedAsync(plan);
        await db.SaveChangesAsync();
        this.Flash(status == PlanStatus.Agreed ? "Thank you. You have agreed to the plan." : "Thank you. Your care team will look at your comments.");
        return RedirectToPage(new { planId });
    }

    private async Task<bool> LoadAsync(Guid planId)
    {
        var me = User.Id();
        var plan = await db.SupportPlans
            .Where(p => p.Id == planId && db.FamilyIdsCaredForBy(me).Contains(p.FamilyId))
            .ToView().AsSplitQuery().SingleOrDefaultAsync();
        if (plan is null) return false;
        Plan = plan;
        Versions = await PlanQueries.VersionsAsync(db, plan.FamilyId, plan.ChildName);
        return true;
    }
}
