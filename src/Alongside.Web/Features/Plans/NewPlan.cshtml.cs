using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Plans;

/// <summary>A care team clinician writes a support plan, or a new version of one.</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class NewPlanModel(AlongsideDbContext db, AuditLog audit, Notices notices,
    IOptions<FundingOptions> funding, MeasureSchedule measures, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public Guid FamilyId { get; private set; }
    private Guid OrganisationId { get; set; }
    public string FamilyName { get; private set; } = "";
    public IReadOnlyList<Option> Children { get; private set; } = [];
    public SupportPlan? Previous { get; private set; }
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    /// <summary>The organisation's schedule, shown as the default a blank keeps.</summary>
    public (int Goals, int Wellbeing) DefaultEvery { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid familyId, Guid? from)
    {
        if (!await LoadAsync(familyId, from)) return NotFound();
        if (Previous is not null)
        {
            Input.ChildId = Previous.ChildId;
            (Input.ReviewDay, Input.ReviewMonth, Input.ReviewYear) = (Previous.ReviewDate.Day.ToString(), Previous.ReviewDate.Month.ToString(), Previous.ReviewDate.Year.ToString());
            var goals = Previous.Goals.OrderBy(g => g.Order).Select(g => g.Text).ToList();
            (Input.Goal1, Input.Goal2, Input.Goal3) = (goals.ElementAtOrDefault(0), goals.ElementAtOrDefault(1), goals.ElementAtOrDefault(2));
            (Input.GoalsEvery, Input.WellbeingEvery) = (Previous.GoalsEverySessions?.ToString(), Previous.WellbeingEverySessions?.ToString());
            for (var i = 0; i < PlanChoices.Kinds.Count; i++)
            {
                var item = Previous.Items.FirstOrDefault(x => x.Kind == PlanChoices.Kinds[i]);
                if (item is null) continue;
                Input.Items[i] = new PlanItemInput { Include = true, Sessions = item.Sessions?.ToString(), Funding = item.Funding, Cost = item.Cost.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), FundingReference = item.FundingReference };
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid familyId, Guid? from)
    {
        if (!await LoadAsync(familyId, from)) return NotFound();
        // One row per kind of item, whatever rows the post carried.
        Input.Items = [.. Input.Items.Take(PlanChoices.Kinds.Count)];
        while (Input.Items.Count < PlanChoices.Kinds.Count) Input.Items.Add(new PlanItemInput());
        var today = clock.UkToday();
        var plan = PlanRules.Check(Input, today, Children.Select(c => Guid.Parse(c.Value)).ToHashSet());
        foreach (var (key, message) in plan.Errors) ModelState.AddModelError(key, message);
        if (!ModelState.IsValid) return Page();

        var yearStart = FundingRules.FinancialYearStart(today);
        var earlier = await AsgsfPlannedAsync(Input.ChildId!.Value, yearStart, Previous?.Id);
        Warnings = FundingRules.Warnings(earlier, FundingRules.Use(plan.Items.Select(i => (i.Kind, i.Funding, i.Cost))), await FundingFigures.CurrentAsync(db, funding), yearStart);
        if (Warnings.Count > 0 && !Input.FundingWarningSeen)
        {
            Input.FundingWarningSeen = true;
            return Page();
        }

        var now = clock.GetUtcNow();
        var created = new SupportPlan
        {
            FamilyId = familyId,
            ChildId = Input.ChildId!.Value,
            OrganisationId = OrganisationId,
            GoalsEverySessions = plan.GoalsEvery,
            WellbeingEverySessions = plan.WellbeingEvery,
            Version = (Previous?.Version ?? 0) + 1,
            PreviousVersionId = Previous?.Id,
            StartDate = today,
            ReviewDate = plan.ReviewDate,
            CreatedByUserId = User.Id(),
            CreatedAt = now,
        };
        created.Goals.AddRange(plan.Goals.Select((g, i) => new PlanGoal { Order = i + 1, Text = g }));
        created.Items.AddRange(plan.Items.Select(i => new PlanItem
        {
            Kind = i.Kind,
            Sessions = i.Sessions,
            Funding = i.Funding,
            Cost = i.Cost,
            FundingReference = i.Reference,
            // Sessions already used under the old version carry over to the new one.
            SessionsUsed = Previous?.Items.FirstOrDefault(p => p.Kind == i.Kind)?.SessionsUsed ?? 0,
            // So does work already recorded as delivered, so it is neither forgotten nor counted twice.
            DeliveredOn = Previous?.Items.FirstOrDefault(p => p.Kind == i.Kind)?.DeliveredOn,
        }));
        if (Previous is not null) Previous.Status = PlanStatus.Superseded;
        db.SupportPlans.Add(created);
        await audit.AddAsync("write", "SupportPlan", created.Id, familyId, Previous is null ? "Wrote a support plan" : $"Wrote version {created.Version} of the support plan");
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, familyId), new NewPlanNotice(created.Id));
        await db.SaveChangesAsync();
        return Redirect($"/staff/families/{familyId}/plans/{created.Id}");
    }

    /// <summary>ASGSF already planned for the child this financial year, in plans still in force.</summary>
    private async Task<AsgsfUse> AsgsfPlannedAsync(Guid childId, int yearStart, Guid? replacing)
    {
        var from = new DateOnly(yearStart, 4, 1);
        var to = from.AddYears(1);
        var items = await db.PlanItems
            .Where(i => db.SupportPlans.Any(p => p.Id == i.PlanId && p.ChildId == childId && p.Id != replacing
                && p.Status != PlanStatus.Superseded && p.StartDate >= from && p.StartDate < to))
            .Select(i => new { i.Kind, i.Funding, i.Cost }).ToListAsync();
        return FundingRules.Use(items.Select(i => (i.Kind, i.Funding, i.Cost)));
    }

    private async Task<bool> LoadAsync(Guid familyId, Guid? from)
    {
        var family = await db.Families.Where(f => f.Id == familyId).OnCareTeam(db, User.Id())
            .Select(f => new { f.Id, f.Name }).SingleOrDefaultAsync();
        if (family is null) return false;
        (FamilyId, FamilyName) = (family.Id, family.Name);
        OrganisationId = await db.CareTeamMembers.Where(c => c.FamilyId == familyId && c.UserId == User.Id()).Select(c => c.OrganisationId).FirstAsync();
        DefaultEvery = await measures.EveryAsync(OrganisationId);
        Children = (await db.Children.Where(c => c.FamilyId == familyId).OrderBy(c => c.FirstName)
                .Select(c => new { c.Id, c.FirstName }).ToListAsync())
            .Select(c => new Option(c.Id.ToString(), c.FirstName)).ToList();
        if (from is { } previousId)
        {
            Previous = await db.SupportPlans.Include(p => p.Goals).Include(p => p.Items)
                .SingleOrDefaultAsync(p => p.Id == previousId && p.FamilyId == familyId && p.Status != PlanStatus.Superseded && p.Status != PlanStatus.Ended);
            if (Previous is null) return false;
        }
        return true;
    }
}
