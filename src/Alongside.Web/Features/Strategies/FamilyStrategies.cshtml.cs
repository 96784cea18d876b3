using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Strategies;

/// <summary>The strategies the family's care team has shared, each with what the family has logged.</summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class FamilyStrategiesModel(AlongsideDbContext db) : PageModel
{
    public const int LogPerStrategy = 5;

    public sealed record LogRow(Guid StrategyId, DateOnly Date, string WhatHappened, int Rating);

    public IReadOnlyList<HomeStrategy> Strategies { get; private set; } = [];
    public ILookup<Guid, LogRow> Log { get; private set; } = Array.Empty<LogRow>().ToLookup(r => r.StrategyId);

    public async Task OnGetAsync()
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        Strategies = await db.HomeStrategies.Where(s => familyIds.Contains(s.FamilyId))
            .OrderBy(s => s.StoppedAt != null).ThenByDescending(s => s.SharedAt).Take(50).ToListAsync();
        var ids = Strategies.Select(s => s.Id).ToList();
        // The latest few entries per strategy, in one query: recent entries across them, grouped here.
        var recent = await db.HomeLogEntries.Where(e => ids.Contains(e.StrategyId) && familyIds.Contains(e.FamilyId))
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt).Take(500)
            .Select(e => new LogRow(e.StrategyId, e.Date, e.WhatHappened, e.Rating)).ToListAsync();
        Log = recent.GroupBy(r => r.StrategyId).SelectMany(g => g.Take(LogPerStrategy)).ToLookup(r => r.StrategyId);
    }
}
