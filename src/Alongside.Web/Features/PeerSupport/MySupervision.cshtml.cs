using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>A peer supporter reads what their supervisors wrote about their supervision: every entry about them, and only those.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MySupervisionModel(AlongsideDbContext db) : PageModel
{
    public IReadOnlyList<SupervisionEntryView> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var me = User.Id();
        Entries = await db.SupervisionEntries.Where(e => e.SupporterUserId == me)
            .OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.CreatedAt).Take(200)
            .Select(e => new SupervisionEntryView(e.HeldOn,
                db.Users.Where(u => u.Id == e.SupervisorUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "Former member",
                e.Topics, e.Actions, e.Wellbeing, e.WellbeingNote))
            .ToListAsync();
        // Someone who is not a peer supporter, and has never been supervised as one, has no log here.
        if (Entries.Count == 0 && !await db.Memberships.AnyAsync(m => m.UserId == me && m.Role == Role.PeerSupporter)) return NotFound();
        return Page();
    }
}
