using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Staff;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AlongsideDbContext db) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<(string Organisation, string Kind, Role Role)> Memberships { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Families { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }
    public bool CanSeeFamilies { get; private set; }

    public async Task OnGetAsync(int? p)
    {
        var me = User.Id();
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        var memberships = await db.Memberships.Where(m => m.UserId == me)
            .OrderBy(m => m.Organisation!.Name)
            .Select(m => new { m.Organisation!.Name, m.Organisation.Kind, m.Role }).ToListAsync();
        Memberships = memberships.Select(m => (m.Name, Organisation.KindDisplay(m.Kind), m.Role)).ToList();
        CanSeeFamilies = memberships.Any(m => RoleNames.FamilyWorkerRoles.Contains(m.Role));
        if (!CanSeeFamilies) return;

        // A list of names only; opening a record is the audited read.
        var page = await db.Families.WorkedWithBy(db, me)
            .OrderBy(f => f.Name).ThenBy(f => f.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(f => new { f.Id, f.Name }).ToListAsync();
        HasMore = page.Count > PageSize;
        Families = page.Take(PageSize).Select(f => (f.Id, f.Name)).ToList();
    }
}
