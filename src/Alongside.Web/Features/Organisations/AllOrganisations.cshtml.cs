using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Organisations;

/// <summary>Every organisation on the platform, for the people who run it: name, kind and how many people belong.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class AllOrganisationsModel(AlongsideDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, string? OnsCode, int Members, DateTimeOffset CreatedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(int p = 1)
    {
        p = Math.Clamp(p, 1, 100_000);
        var rows = await db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((p - 1) * PageSize).Take(PageSize + 1)
            .Select(o => new Row(o.Id, o.Name, o.Kind, o.OnsCode, o.Members.Select(m => m.UserId).Distinct().Count(), o.CreatedAt))
            .ToListAsync();
        Rows = rows.Take(PageSize).ToList();
        Pager = new Pager("Pages of organisations", "/platform/organisations", p, rows.Count > PageSize, "Previous organisations", "More organisations");
    }
}
