using Alongside.Web.Features.Groups.Discussion;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// A member ends their own membership, after confirming. They can no longer read the discussion
/// (open live connections stop at once); what they wrote stays, under the name they chose. They
/// may ask to join again later.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class LeaveModel(AlongsideDbContext db, LiveDiscussion live, TimeProvider clock) : PageModel
{
    public PeerGroup Group { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) is null ? NotFound() : Page();

    /// <summary>Leaves when the confirmation is sent with it; otherwise asks again.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, bool confirm = false)
    {
        var membership = await FindAsync(id);
        if (membership is null) return NotFound();
        if (!confirm) return Page();
        membership.Status = GroupMemberStatus.Left;
        membership.DecidedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        await live.RecheckAsync(id, membership.UserId);
        this.Flash($"You have left {Group.Name}. You can ask to join again at any time.");
        return Redirect($"/groups/{id}");
    }

    /// <summary>The person's own membership of this open group, with the group, in one query.</summary>
    private async Task<PeerGroupMember?> FindAsync(Guid id)
    {
        var me = User.Id();
        var found = await (from m in db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == me && m.Status == GroupMemberStatus.Member)
                           join g in db.PeerGroups.Where(g => g.ClosedAt == null) on m.GroupId equals g.Id
                           select new { m, g }).SingleOrDefaultAsync();
        if (found is null) return null;
        Group = found.g;
        return found.m;
    }
}
