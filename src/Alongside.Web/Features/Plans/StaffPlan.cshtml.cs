using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Plans;

/// <summary>
/// A support plan as staff of an organisation working with the family see it (audited), with its
/// money; the care team records a piece of work counted neither in sessions nor in places as
/// delivered (or takes that back).
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class StaffPlanModel(AlongsideDbContext db, AuditLog audit, IOptions<FundingOptions> funding, TimeProvider clock) : PageModel
{
    public PlanView Plan { get; private set; } = null!;
    public IReadOnlyList<PlanVersion> Versions { get; private set; } = [];
    public bool OnCareTeam { get; private set; }

    /// <summary>The plan's group course items, with the cohort each has a place on (or is waiting for).</summary>
    public IReadOnlyList<CourseItem> CourseItems { get; private set; } = [];

    public sealed record CourseItem(Guid ItemId, string? Course, DateOnly? StartsOn, PlaceStatus? Status);

    /// <summary>Each funding line's money, and the lines added up by funding route.</summary>
    public IReadOnlyList<LineSpend> Money { get; private set; } = [];
    public IReadOnlyList<RouteSpend> MoneyByRoute { get; private set; } = [];

    /// <summary>Items counted as one piece of work: whether and when each was delivered.</summary>
    public IReadOnlyDictionary<Guid, DateOnly?> DeliveredOn { get; private set; } = new Dictionary<Guid, DateOnly?>();

    /// <summary>ASGSF for this child in the years the plan runs in, when it has ASGSF lines.</summary>
    public IReadOnlyList<AsgsfYear> AsgsfYears { get; private set; } = [];
    public FundingFigures Figures { get; private set; } = null!;

    /// <summary>Recording delivery is for a plan agreed or ended, not one awaiting agreement or replaced.</summary>
    public bool CanRecordDelivery => OnCareTeam && Plan.Status is PlanStatus.Agreed or PlanStatus.Ended;

    public async Task<IActionResult> OnGetAsync(Guid familyId, Guid planId)
    {
        if (!await LoadAsync(familyId, planId)) return NotFound();
        await audit.RecordReadAsync("SupportPlan", planId, familyId, "Read the support plan");
        return Page();
    }

    public Task<IActionResult> OnPostDeliveredAsync(Guid familyId, Guid planId, Guid itemId) => RecordAsync(familyId, planId, itemId, delivered: true);

    public Task<IActionResult> OnPostNotDeliveredAsync(Guid familyId, Guid planId, Guid itemId) => RecordAsync(familyId, planId, itemId, delivered: false);

    private async Task<IActionResult> RecordAsync(Guid familyId, Guid planId, Guid itemId, bool delivered)
    {
        var me = User.Id();
        // Only the family's care team, and only a plan agreed or ended: in the query, so anyone else gets 404.
        var plan = await db.SupportPlans
            .Where(p => p.Id == planId && p.FamilyId == familyId && (p.Status == PlanStatus.Agreed || p.Status == PlanStatus.Ended)
                        && db.CareTeamMembers.Any(c => c.FamilyId == familyId && c.UserId == me))
            .Select(p => new { p.Id }).SingleOrDefaultAsync();
        if (plan is null) return NotFound();
        var item = await db.PlanItems.SingleOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId);
        if (item is null || PlanSpend.UnitOf(item.Kind, item.Sessions) != SpendUnit.Whole)
        {
            await LoadAsync(familyId, planId);
            ModelState.AddModelError("itemId", "Choose one of this plan's items that is not counted in sessions or course places");
            return Page();
        }
        var today = clock.UkToday();
        item.DeliveredOn = delivered ? item.DeliveredOn ?? today : null;
        var what = PlanChoices.Describe(item.Kind).ToLowerInvariant();
        await audit.AddAsync("write", "PlanItem", item.Id, familyId, delivered ? $"Recorded {what} delivered" : $"Took back that {what} was delivered");
        await db.SaveChangesAsync();
        this.Flash(delivered ? $"Recorded as delivered on {item.DeliveredOn:d MMMM yyyy}." : "No longer recorded as delivered.");
        return Redirect($"/staff/families/{familyId}/plans/{planId}#money");
    }

    private async Task<bool> LoadAsync(Guid familyId, Guid planId)
    {
        var me = User.Id();
        var plan = await db.SupportPlans
            .Where(p => p.Id == planId && p.FamilyId == familyId && db.Families.WorkedWithBy(db, me).Any(f => f.Id == p.FamilyId))
            .ToView().AsSplitQuery().SingleOrDefaultAsync();
        if (plan is null) return false;
        Plan = plan;
        Versions = await PlanQueries.VersionsAsync(db, familyId, plan.ChildName);
        OnCareTeam = await db.CareTeamMembers.AnyAsync(c => c.FamilyId == familyId && c.UserId == me);
        CourseItems = await db.PlanItems.Where(i => i.PlanId == planId && i.Kind == PlanItemKind.GroupCourse)
            .Select(i => new CourseItem(i.Id,
                db.Cohorts.Where(k => k.Id == i.CohortId).Select(k => k.Course!.Title).FirstOrDefault(),
                db.Cohorts.Where(k => k.Id == i.CohortId).Select(k => (DateOnly?)k.StartsOn).FirstOrDefault(),
                db.CoursePlaces.Where(p => p.PlanItemId == i.Id).OrderByDescending(p => p.JoinedAt).Select(p => (PlaceStatus?)p.Status).FirstOrDefault()))
            .ToListAsync();

        var facts = await db.SupportPlans.Where(p => p.Id == planId).Select(p => new { p.ChildId, p.StartDate }).SingleAsync();
        var spending = await ChildSpending.LoadAsync(db, facts.ChildId);
        var now = clock.GetUtcNow();
        Money = spending.Lines(planId, now);
        MoneyByRoute = PlanSpend.Totals(Money);
        DeliveredOn = spending.Items.Where(i => i.PlanId == planId).ToDictionary(i => i.Id, i => i.DeliveredOn);
        Figures = await FundingFigures.CurrentAsync(db, funding);
        if (Money.Any(l => l.Funding == FundingRoute.Asgsf))
        {
            AsgsfYears = new[] { FundingRules.FinancialYearStart(facts.StartDate), FundingRules.FinancialYearStart(UkTime.DateOf(now)) }
                .Distinct().Order().Select(y => spending.Asgsf(y, now)).ToList();
        }
        return true;
    }
}
