using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(AlongsideDbContext db) : PageModel
{
    public string Email { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string? PhoneNumber { get; private set; }
    public bool TwoFactorEnabled { get; private set; }
    public IReadOnlyList<(string Organisation, Role Role)> Memberships { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = User.Id();
        var user = await db.Users.Where(u => u.Id == me)
            .Select(u => new { u.Email, u.DisplayName, u.PhoneNumber, u.TwoFactorEnabled }).SingleAsync();
        Email = user.Email ?? "";
        DisplayName = user.DisplayName;
        PhoneNumber = user.PhoneNumber;
        TwoFactorEnabled = user.TwoFactorEnabled;
        Memberships = (await db.Memberships.Where(m => m.UserId == me)
                .OrderBy(m => m.Organisation!.Name)
                .Select(m => new { m.Organisation!.Name, m.Role }).ToListAsync())
            .Select(m => (m.Name, m.Role)).ToList();
    }
}
