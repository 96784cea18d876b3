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
    public ReportCategory? Category { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The words for each category, as the reporter chooses and the moderators read them.</summary>
    public static string Describe(ReportCategory category) => category switch
    {
        ReportCategory.Unkind => "Unkind or hurtful",
        ReportCategory.OffTopic => "Off-topic",
        ReportCategory.Spam => "Spam or advertising",
        ReportCategory.Worried => "Worried about someone",
        _ => "Something else",
    };

    public static readonly ReportCategory[] Choices = [ReportCategory.Unkind, ReportCategory.OffTopic, ReportCategory.Spam, ReportCategory.Worried, ReportCategory.Other];

    public Guid GroupId { get; private set; }
    public Guid TopicId { get; private set; }
    public string Excerpt { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid postId) => await LoadAsync(id, postId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid postId)
    {
        if (!await LoadAsync(id, postId)) return NotFound();
        var reason = Reason?.Trim() ?? "";
        if (Category is not { } category || !Enum.IsDefined(category)) ModelState.AddModelError(nameof(Category), "Say what is wrong with the message: choose one");
        if (reason.Length > 500) ModelState.AddModelError(nameof(Reason), $"Your words must be 500 characters or fewer (they have {reason.Length:N0})");
        if (!ModelState.IsValid) return Page();
        db.GroupPostReports.Add(new GroupPostReport { PostId = postId, ReporterUserId = User.Id(), Category = Category!.Value, Reason = reason, ReportedAt = clock.GetUtcNow() });
        var name = await db.PeerGroups.Where(g => g.Id == id).Select(g => g.Name).SingleAsync();
        await notices.SendAsync(await GroupRoles.FacilitatorsAsync(db, id), new PostReportedNotice(name, id));
        await db.SaveChangesAsync();
        this.Flash("Thank you. The moderators will look at the message.");
        return Redirect($"/groups/{id}/discussion/topics/{TopicId}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid postId)
    {
        if (!await GroupRoles.IsMemberAsync(db, id, User.Id())) return false;
        var post = await db.GroupPosts.Where(p => p.Id == postId && p.GroupId == id && p.Status == PostStatus.Visible).Select(p => new { p.Body, p.TopicId }).SingleOrDefaultAsync();
        if (post is null) return false;
        (GroupId, TopicId, Excerpt) = (id, post.TopicId, post.Body.Length > 200 ? post.Body[..200] + "…" : post.Body);
        return true;
    }
}
