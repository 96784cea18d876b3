using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>A member reports a post to the group's moderators, with a reason.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class ReportModel(AlongsideDbContext db, Notices notices, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public Guid GroupId { get; private set; }
    public string Excerpt { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid postId) => await LoadAsync(id, postId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid postId)
    {
        if (!await LoadAsync(id, postId)) return NotFound();
        var reason = Reason?.Trim() ?? "";
        if (reason.Length == 0) ModelState.AddModelError(nameof(Reason), "Say what is wrong with the message");
        else if (reason.Length > 500) ModelState.AddModelError(nameof(Reason), "The reason must be 500 characters or fewer");
        if (!ModelState.IsValid) return Page();
        db.GroupPostReports.Add(new GroupPostReport { PostId = postId, ReporterUserId = User.Id(), Reason = reason, ReportedAt = clock.GetUtcNow() });
        var name = await db.PeerGroups.Where(g => g.Id == id).Select(g => g.Name).SingleAsync();
        await notices.SendAsync(await GroupRoles.FacilitatorsAsync(db, id), new PostReportedNotice(name, id));
        await db.SaveChangesAsync();
        this.Flash("Thank you. The moderators will look at the message.");
        return Redirect($"/groups/{id}/discussion");
    }

    private async Task<bool> LoadAsync(Guid id, Guid postId)
    {
        if (!await GroupRoles.IsMemberAsync(db, id, User.Id())) return false;
        var body = await db.GroupPosts.Where(p => p.Id == postId && p.GroupId == id && p.Status == PostStatus.Visible).Select(p => p.Body).SingleOrDefaultAsync();
        if (body is null) return false;
        (GroupId, Excerpt) = (id, body.Length > 200 ? body[..200] + "…" : body);
        return true;
    }
}
