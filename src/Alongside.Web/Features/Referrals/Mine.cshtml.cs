using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>A referrer's own referrals: the status and any reason, and nothing else about the family.</summary>
[Authorize(Policy = Policies.Referrer)]
public sealed class MineModel(AlongsideDbContext db, Infrastructure.Auditing.AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, Guid ChildId, string Child, string Organisation, DateTimeOffset SubmittedAt, ReferralStatus Status, string? Reason, bool Shared);

    public sealed record SharedPlan(Guid Id, Guid FamilyId, Guid ChildId, PlanStatus Status, DateOnly ReviewDate, IReadOnlyList<string> Goals);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<SharedPlan> SharedPlans { get; private set; } = [];
    public IReadOnlyDictionary<Guid, WaitingPlace> Places { get; private set; } = new Dictionary<Guid, WaitingPlace>();
    public string? Sent { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(int? p)
    {
        Sent = TempData["Sent"] as string;
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        var me = User.Id();
        var page = await db.Referrals
            .Where(r => r.SubmittedByUserId == me && r.Source == ReferralSource.Professional)
            .OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(r => new Row(r.Id, r.ChildId, r.Child!.FirstName, r.Organisation!.Name, r.SubmittedAt, r.Status, r.DeclineReason,
                // After acceptance, and only while the family consents, the referrer follows the plan.
                r.Status == ReferralStatus.Accepted && db.SharingConsents.Any(c => c.FamilyId == r.FamilyId && c.Audience == SharingAudience.Referrer && c.RevokedAt == null)))
            .ToListAsync();
        HasMore = page.Count > PageSize;
        Rows = page.Take(PageSize).ToList();
        Places = await WaitingPlaces.ForAsync(db, Rows.Where(r => r.Status == ReferralStatus.WaitingList).Select(r => r.Id).ToList(), clock.GetUtcNow());
        var sharedChildren = Rows.Where(r => r.Shared).Select(r => r.ChildId).ToList();
        if (sharedChildren.Count > 0)
        {
            SharedPlans = await db.SupportPlans
                .Where(p => sharedChildren.Contains(p.ChildId) && p.Status != PlanStatus.Superseded)
                .Select(p => new SharedPlan(p.Id, p.FamilyId, p.ChildId, p.Status, p.ReviewDate, p.Goals.OrderBy(g => g.Order).Select(g => g.Text).ToList()))
                .ToListAsync();
            // A referrer reading the plan a family shares is a read of the family's record.
            await audit.RecordReadsAsync("SupportPlan", SharedPlans.Select(p => (p.Id, p.FamilyId)).ToList(), "Read the plan the family shares with their referrer");
        }
    }
}
