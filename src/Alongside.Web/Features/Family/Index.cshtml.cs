using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Family;

/// <summary>The family portal's start page. Referrals, plans and sessions join it in later work.</summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class IndexModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FamilyView> Families { get; private set; } = [];
    public IReadOnlyList<FamilyReferralView> Referrals { get; private set; } = [];
    public IReadOnlyList<PlanView> Plans { get; private set; } = [];

    /// <summary>Who is on each family's care team (they read its private records): name and organisation.</summary>
    public ILookup<Guid, (string Name, string Organisation)> CareTeams { get; private set; } = Array.Empty<(Guid, string, string)>().ToLookup(t => t.Item1, t => (t.Item2, t.Item3));

    public async Task OnGetAsync()
    {
        Families = await db.Families.CaredForBy(db, User.Id()).OrderBy(f => f.CreatedAt).ToView().AsSplitQuery().ToListAsync();
        Referrals = await FamilyReferrals.ForCarerAsync(db, User.Id(), clock.GetUtcNow());
        var me = User.Id();
        Plans = await PlanQueries.ToView(db.SupportPlans
                .Where(p => p.Status != Kernel.Care.PlanStatus.Superseded && db.FamilyIdsCaredForBy(me).Contains(p.FamilyId))
                .OrderByDescending(p => p.CreatedAt).Take(20))
            .AsSplitQuery().ToListAsync();
        CareTeams = (await db.CareTeamMembers.Where(c => db.FamilyIdsCaredForBy(me).Contains(c.FamilyId)).OrderBy(c => c.AddedAt).Take(50)
                .Select(c => new { c.FamilyId, c.User!.DisplayName, Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First() })
                .ToListAsync())
            .ToLookup(c => c.FamilyId, c => (c.DisplayName, c.Organisation));
    }
}
