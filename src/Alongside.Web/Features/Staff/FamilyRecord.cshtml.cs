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
public sealed class FamilyRecordModel(AlongsideDbContext db, AuditLog audit, CareTeamChanges careTeam, TimeProvider clock) : PageModel
{
    public sealed record AssessmentRow(Guid Id, string Child, AssessmentKind Kind, DateOnly Date, string Clinician, string Findings, string ParentsWishes, string Recommendations);

    public sealed record PlanRow(Guid Id, string Child, int Version, PlanStatus Status, DateOnly ReviewDate);

    public FamilyView? Family { get; private set; }
    public bool OnCareTeam { get; private set; }
    public bool IsClinician { get; private set; }
    public sealed record TeamRow(Guid UserId, string Name, string Organisation, bool CanRemove);

    public sealed record RequestRow(Guid Id, string Name, string Organisation, DateTimeOffset RequestedAt, bool CanDecide);

    public sealed record SessionRow(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, SessionKind Kind, DeliveryMode Mode, SessionStatus Status, bool Late, string Clinician);

    public sealed record ContactRow(string Name, string? Email, string? Phone);

    public IReadOnlyList<TeamRow> CareTeam { get; private set; } = [];

    /// <summary>The family's sessions, for the care team only (empty for anyone else).</summary>
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    /// <summary>How to reach the carers, for the care team only (empty for anyone else).</summary>
    public IReadOnlyList<ContactRow> Contacts { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];
    public bool HasAsked { get; private set; }
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

    /// <summary>A clinician of an organisation working with the family asks to join its care team.</summary>
    public async Task<IActionResult> OnPostJoinAsync(Guid id)
    {
        if (!await LoadAsync(id) || !await careTeam.AskAsync(id, User.Id())) return NotFound();
        this.Flash("Your request is sent. A member of the care team or your organisation admin will decide, and you will get an email.");
        return RedirectToPage(new { id });
    }

    /// <summary>A care team member, or an admin of the asker's organisation, says yes or no.</summary>
    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid requestId, bool approve)
    {
        if (!await LoadAsync(id) || !await careTeam.DecideAsync(id, requestId, approve, User.Id())) return NotFound();
        this.Flash(approve ? "They have joined the care team, and the family has been told" : "The request is declined");
        return RedirectToPage(new { id });
    }

    /// <summary>An admin adds one of their organisation's clinicians.</summary>
    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid userId)
    {
        if (!await LoadAsync(id) || !await careTeam.AddAsync(id, userId, User.Id())) return NotFound();
        this.Flash("They have joined the care team, and the family has been told");
        return RedirectToPage(new { id });
    }

    /// <summary>A member leaves the care team, or an admin of their organisation removes them.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid userId)
    {
        if (!await LoadAsync(id) || !await careTeam.RemoveAsync(id, userId, User.Id())) return NotFound();
        this.Flash(userId == User.Id() ? "You have left the care team" : "They have left the care team, and the family has been told");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var me = User.Id();
        Family = await db.Families.Where(f => f.Id == id).WorkedWithBy(db, me).ToView().AsSplitQuery().SingleOrDefaultAsync();
        if (Family is null) return false;

        var adminOf = db.Memberships.Where(a => a.UserId == me && a.Role == Role.Admin).Select(a => a.OrganisationId);
        CareTeam = await db.CareTeamMembers.Where(c => c.FamilyId == id).OrderBy(c => c.AddedAt).Take(50)
            .Select(c => new TeamRow(c.UserId, c.User!.DisplayName, db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
                c.UserId == me || adminOf.Contains(c.OrganisationId)))
            .ToListAsync();
        OnCareTeam = CareTeam.Any(t => t.UserId == me);
        Requests = await db.CareTeamRequests.Where(r => r.FamilyId == id && r.DecidedAt == null).OrderBy(r => r.RequestedAt).Take(20)
            .Select(r => new RequestRow(r.Id, r.User!.DisplayName, db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).First(), r.RequestedAt,
                r.UserId != me && (OnCareTeam || adminOf.Contains(r.OrganisationId))))
            .ToListAsync();
        HasAsked = await db.CareTeamRequests.AnyAsync(r => r.FamilyId == id && r.UserId == me && r.DecidedAt == null);
        IsClinician = await db.Memberships.AnyAsync(m => m.UserId == me && m.Role == Role.Clinician
            && db.FamilyOrganisations.Any(fo => fo.FamilyId == id && fo.OrganisationId == m.OrganisationId));
        CanAdd = (await db.Memberships
                .Where(m => m.Role == Role.Clinician && !db.CareTeamMembers.Any(c => c.FamilyId == id && c.UserId == m.UserId)
                            && db.FamilyOrganisations.Any(fo => fo.FamilyId == id && fo.OrganisationId == m.OrganisationId)
                            && db.Memberships.Any(a => a.UserId == me && a.OrganisationId == m.OrganisationId && a.Role == Role.Admin))
                .OrderBy(m => m.User!.DisplayName).Take(100)
                .Select(m => new { m.UserId, m.User!.DisplayName, m.User.Email }).ToListAsync())
            .DistinctBy(m => m.UserId).Select(m => new Option(m.UserId.ToString(), $"{m.DisplayName} ({m.Email})")).ToList();

        // The care team's place is checked inside both queries, so nobody else is ever sent a row.
        var careTeamOnly = db.CareTeamMembers.Where(c => c.FamilyId == id && c.UserId == me);
        Now = clock.GetUtcNow();
        Sessions = await db.Sessions.Where(s => s.FamilyId == id && careTeamOnly.Any())
            .OrderByDescending(s => s.StartsAt).Take(100)
            .Select(s => new SessionRow(s.Id, s.StartsAt, s.EndsAt, s.Kind, s.Mode, s.Status, s.LateCancellation, s.Clinician!.DisplayName))
            .ToListAsync();
        Contacts = await db.FamilyCarers.Where(c => c.FamilyId == id && careTeamOnly.Any())
            .OrderBy(c => c.User!.DisplayName).Take(20)
            .Select(c => new ContactRow(c.User!.DisplayName, c.User.Email, c.User.PhoneNumber))
            .ToListAsync();

        Assessments = await db.Assessments.Where(a => a.FamilyId == id).OrderByDescending(a => a.Date).Take(50)
            .Select(a => new AssessmentRow(a.Id, a.Child!.FirstName, a.Kind, a.Date, a.Clinician!.DisplayName,
                OnCareTeam ? a.Findings : "", OnCareTeam ? a.ParentsWishes : "", OnCareTeam ? a.Recommendations : ""))
            .ToListAsync();
        Plans = await db.SupportPlans.Where(p => p.FamilyId == id && p.Status != PlanStatus.Superseded)
            .OrderBy(p => p.Child!.FirstName).Take(50)
            .Select(p => new PlanRow(p.Id, p.Child!.FirstName, p.Version, p.Status, p.ReviewDate)).ToListAsync();

        var today = UkTime.DateOf(Now);
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

    public static string Attendance(SessionStatus status, bool late) => status switch
    {
        SessionStatus.Booked => "Booked",
        SessionStatus.Attended => "Attended",
        SessionStatus.DidNotAttend => "Did not attend",
        SessionStatus.CancelledByFamily => late ? "Cancelled by the family, late" : "Cancelled by the family",
        SessionStatus.CancelledByService => "Cancelled by the service",
        _ => status.ToString(),
    };
}
