using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Staff;

/// <summary>
/// A family's record as staff see it: children, care team, assessments, plans and funding.
/// Not related: 404. Every view is audited. Assessment findings show to the care team only.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class FamilyRecordModel(AlongsideDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record AssessmentRow(Guid Id, string Child, AssessmentKind Kind, DateOnly Date, string Clinician, string Findings, string ParentsWishes, string Recommendations);

    public sealed record PlanRow(Guid Id, string Child, int Version, PlanStatus Status, DateOnly ReviewDate);

    public FamilyView? Family { get; private set; }
    public bool OnCareTeam { get; private set; }
    public bool IsClinician { get; private set; }
    public IReadOnlyList<(string Name, string Organisation)> CareTeam { get; private set; } = [];
    public IReadOnlyList<Option> CanAdd { get; private set; } = [];
    public IReadOnlyList<AssessmentRow> Assessments { get; private set; } = [];
    public IReadOnlyList<PlanRow> Plans { get; private set; } = [];
    public IReadOnlyList<(string Child, AsgsfUse Use)> Asgsf { get; private set; } = [];
    public string FinancialYear { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await audit.RecordReadAsync("Family", id, id, "Opened the family record");
        return Page();
    }

    /// <summary>A clinician of an organisation working with the family joins its care team.</summary>
    public async Task<IActionResult> OnPostJoinAsync(Guid id) => await AddAsync(id, User.Id());

    /// <summary>An admin adds one of their organisation's clinicians.</summary>
    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid userId) => await AddAsync(id, userId);

    private async Task<IActionResult> AddAsync(Guid id, Guid userId)
    {
        if (!await LoadAsync(id)) return NotFound();
        var me = User.Id();
        // Who may be added is decided in the query: a clinician of an organisation that works with
        // the family, added by themselves or by an admin of that same organisation.
        var organisationId = await db.Memberships
            .Where(m => m.UserId == userId && m.Role == Role.Clinician
                        && db.FamilyOrganisations.Any(fo => fo.FamilyId == id && fo.OrganisationId == m.OrganisationId)
                        && (userId == me || db.Memberships.Any(a => a.UserId == me && a.OrganisationId == m.OrganisationId && a.Role == Role.Admin)))
            .Select(m => (Guid?)m.OrganisationId).FirstOrDefaultAsync();
        if (organisationId is null) return NotFound();
        if (!await db.CareTeamMembers.AnyAsync(c => c.FamilyId == id && c.UserId == userId))
        {
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = id, UserId = userId, OrganisationId = organisationId.Value, AddedAt = clock.GetUtcNow() });
            audit.Add("care-team", "Family", id, id, userId == me ? "Joined the care team" : $"Added {userId} to the care team");
            await db.SaveChangesAsync();
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var me = User.Id();
        Family = await db.Families.Where(f => f.Id == id).WorkedWithBy(db, me).ToView().AsSplitQuery().SingleOrDefaultAsync();
        if (Family is null) return false;

        var team = await db.CareTeamMembers.Where(c => c.FamilyId == id)
            .Select(c => new { c.UserId, c.User!.DisplayName, Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First() })
            .ToListAsync();
        CareTeam = team.Select(t => (t.DisplayName, t.Organisation)).ToList();
        OnCareTeam = team.Any(t => t.UserId == me);
        IsClinician = await db.Memberships.AnyAsync(m => m.UserId == me && m.Role == Role.Clinician
            && db.FamilyOrganisations.Any(fo => fo.FamilyId == id && fo.OrganisationId == m.OrganisationId));
        CanAdd = (await db.Memberships
                .Where(m => m.Role == Role.Clinician && !db.CareTeamMembers.Any(c => c.FamilyId == id && c.UserId == m.UserId)
                            && db.FamilyOrganisations.Any(fo => fo.FamilyId == id && fo.OrganisationId == m.OrganisationId)
                            && db.Memberships.Any(a => a.UserId == me && a.OrganisationId == m.OrganisationId && a.Role == Role.Admin))
                .OrderBy(m => m.User!.DisplayName).Take(100)
                .Select(m => new { m.UserId, m.User!.DisplayName, m.User.Email }).ToListAsync())
            .DistinctBy(m => m.UserId).Select(m => new Option(m.UserId.ToString(), $"{m.DisplayName} ({m.Email})")).ToList();

        Assessments = await db.Assessments.Where(a => a.FamilyId == id).OrderByDescending(a => a.Date).Take(50)
            .Select(a => new AssessmentRow(a.Id, a.Child!.FirstName, a.Kind, a.Date, a.Clinician!.DisplayName,
                OnCareTeam ? a.Findings : "", OnCareTeam ? a.ParentsWishes : "", OnCareTeam ? a.Recommendations : ""))
            .ToListAsync();
        Plans = await db.SupportPlans.Where(p => p.FamilyId == id && p.Status != PlanStatus.Superseded)
            .OrderBy(p => p.Child!.FirstName).Take(50)
            .Select(p => new PlanRow(p.Id, p.Child!.FirstName, p.Version, p.Status, p.ReviewDate)).ToListAsync();

        var today = clock.UkToday();
        var yearStart = FundingRules.FinancialYearStart(today);
        FinancialYear = FundingRules.FinancialYearLabel(yearStart);
        var from = new DateOnly(yearStart, 4, 1);
        var to = from.AddYears(1);
        var items = await db.PlanItems
            .Where(i => i.Funding == FundingRoute.Asgsf && db.SupportPlans.Any(p => p.Id == i.PlanId && p.FamilyId == id
                && p.Status != PlanStatus.Superseded && p.StartDate >= from && p.StartDate < to))
            .Select(i => new { Child = db.SupportPlans.Where(p => p.Id == i.PlanId).Select(p => p.Child!.FirstName).First(), i.Kind, i.Funding, i.Cost })
            .ToListAsync();
        Asgsf = items.GroupBy(i => i.Child).Select(g => (g.Key, FundingRules.Use(g.Select(i => (i.Kind, i.Funding, i.Cost))))).ToList();
        return true;
    }
}
