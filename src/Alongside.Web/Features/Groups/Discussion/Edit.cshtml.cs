using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// The author changes or deletes their own post within <see cref="DiscussionOptions.EditMinutes"/>
/// of posting it; after that the page says so and changes nothing. A changed post is checked
/// again like a new one (risk and watched words hold it) and says "edited"; a deleted one loses
/// its words and leaves the topic.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class EditModel(AlongsideDbContext db, IOptions<DiscussionOptions> options, IOptions<UrgentHelpOptions> urgentHelp, Notices notices, TimeProvider clock) : PageModel
{
    public const string DeletedBody = "[deleted by the author]";

    [BindProperty]
    public string? Body { get; set; }

    public DiscussionPlace Place { get; private set; } = null!;
    public GroupPost Post { get; private set; } = null!;
    public bool Open { get; private set; }
    public bool ConfirmDelete { get; private set; }
    public int Minutes => options.Value.EditMinutes;
    public string TooLate => $"You can change or delete a message only in the {Minutes} minutes after posting it. This one can no longer be changed.";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid postId)
    {
        if (!await FindAsync(id, postId)) return NotFound();
        Body = Post.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid postId)
    {
        if (!await FindAsync(id, postId)) return NotFound();
        if (!Open)
        {
            ModelState.AddModelError(nameof(Body), TooLate);
            return Page();
        }
        var body = Body?.Trim() ?? "";
        if (DiscussionPosting.BodyProblem(body) is { } problem) ModelState.AddModelError(nameof(Body), problem);
        if (!ModelState.IsValid) return Page();
        var reason = HoldRules.Decide(body, urgentHelp.Value.RiskPhrases, options.Value, newMemberNeedsApproval: false);
        Post.Body = body;
        Post.EditedAt = clock.GetUtcNow();
        if (reason != HoldReason.None)
        {
            // Changed into something a moderator must see first: held again, whatever it was.
            Post.Status = PostStatus.Held;
            Post.HoldReason = reason;
            await notices.SendAsync(await GroupRoles.FacilitatorsAsync(db, id), new PostHeldNotice(Place.Group.Name, id, reason == HoldReason.RiskWords));
        }
        await db.SaveChangesAsync();
        TempData["UrgentHelp"] = reason == HoldReason.RiskWords;
        this.Flash(reason == HoldReason.None ? "Your message is changed" : DiscussionPosting.Told(reason));
        return Redirect($"/groups/{id}/discussion/topics/{Post.TopicId}#post-{postId}");
    }

    /// <summary>Asks to confirm first; deleting cannot be undone.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid postId, bool confirm = false)
    {
        if (!await FindAsync(id, postId)) return NotFound();
        Body = Post.Body;
        if (!Open)
        {
            ModelState.AddModelError(nameof(Body), TooLate);
            return Page();
        }
        if (!confirm)
        {
            ConfirmDelete = true;
            return Page();
        }
        Post.Status = PostStatus.Deleted;
        Post.Body = DeletedBody;
        Post.EditedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        this.Flash("Your message is deleted");
        return Redirect($"/groups/{id}/discussion/topics/{Post.TopicId}");
    }

    /// <summary>The person's own post (visible or waiting) in a group they still read, in two queries.</summary>
    private async Task<bool> FindAsync(Guid id, Guid postId)
    {
        var me = User.Id();
        var place = await DiscussionPlace.FindAsync(db, id, me, clock.GetUtcNow());
        if (place is null || !place.Reads || place.Suspended) return false;
        Place = place;
        var post = await db.GroupPosts.SingleOrDefaultAsync(p => p.Id == postId && p.GroupId == id && p.AuthorUserId == me
            && (p.Status == PostStatus.Visible || p.Status == PostStatus.Held));
        if (post is null) return false;
        Post = post;
        Open = post.PostedAt > place.Now.AddMinutes(-options.Value.EditMinutes) && !place.Paused;
        return true;
    }
}
