using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// A group's discussion between meetings. Members post under the name they chose for the group;
/// posts are plain text, kept as written and encoded when shown. Risk words show the poster
/// urgent help and hold the post for the facilitators; watched words and new members' first
/// posts wait for a moderator.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(
    AlongsideDbContext db, IOptions<DiscussionOptions> options, IOptions<UrgentHelpOptions> urgentHelp,
    LiveDiscussion live, Notices notices, TimeProvider clock) : PageModel
{
    public const int PageSize = 30;

    public sealed record Row(Guid Id, string Author, bool Mine, string Body, DateTimeOffset PostedAt, PostStatus Status);

    [BindProperty]
    public string? Body { get; set; }

    public PeerGroup Group { get; private set; } = null!;
    public PeerGroupMember? Membership { get; private set; }
    public bool Runs { get; private set; }
    public IReadOnlyList<Row> Posts { get; private set; } = [];
    public int Earlier { get; private set; }
    public bool HasEarlier { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public bool Accepted => Membership is { Status: GroupMemberStatus.Member, ConductAcceptedAt: not null };
    public bool Suspended => !Runs && Membership?.SuspendedUntil > Now;
    public bool Paused => !Runs && Membership?.SilencedUntil > Now;
    public bool CanPost => Accepted && !Suspended && !Paused;

    /// <summary>The members this person chose not to see here, to undo it.</summary>
    public IReadOnlyList<(Guid UserId, string Name)> Muted { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int earlier = 0) => await LoadAsync(id, earlier) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConductAsync(Guid id)
    {
        if (!await AccessAsync(id) || Membership?.Status != GroupMemberStatus.Member) return NotFound();
        Membership.ConductAcceptedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await AccessAsync(id) || Membership?.Status != GroupMemberStatus.Member || Suspended) return NotFound();
        if (!Accepted) ModelState.AddModelError(nameof(Body), "Read and accept the group's code of conduct before your first post");
        else if (Paused) ModelState.AddModelError(nameof(Body), $"A moderator has paused your posting until {TimeDisplay.Format(Membership.SilencedUntil!.Value)}. You can still read the discussion.");
        var body = Body?.Trim() ?? "";
        if (body.Length == 0) ModelState.AddModelError(nameof(Body), "Write your message");
        else if (body.Length > DiscussionOptions.MaxLength) ModelState.AddModelError(nameof(Body), $"Your message must be {DiscussionOptions.MaxLength:N0} characters or fewer");
        var me = User.Id();
        var now = clock.GetUtcNow();
        var aMinuteAgo = now.AddMinutes(-1);
        if (await db.GroupPosts.CountAsync(p => p.AuthorUserId == me && p.PostedAt > aMinuteAgo) >= options.Value.PostsPerMinute)
            ModelState.AddModelError(nameof(Body), "You are posting very quickly. Please wait a minute and try again.");
        if (!ModelState.IsValid)
        {
            await ListAsync(id, 0); // the page again, with the reason
            return Page();
        }

        var approvedBefore = await db.GroupPosts.CountAsync(p => p.GroupId == id && p.AuthorUserId == me && p.Status == PostStatus.Visible);
        var reason = HoldRules.Decide(body, urgentHelp.Value.RiskPhrases, options.Value,
            Group.NewMembersPostsNeedApproval && approvedBefore < options.Value.NewMemberPostsNeedingApproval && !Runs);
        var post = new GroupPost { GroupId = id, AuthorUserId = me, Body = body, PostedAt = now, Status = reason == HoldReason.None ? PostStatus.Visible : PostStatus.Held, HoldReason = reason };
        db.GroupPosts.Add(post);
        if (reason != HoldReason.None) await TellModeratorsAsync(id, reason);
        await db.SaveChangesAsync();

        if (post.Status == PostStatus.Visible)
        {
            await live.SendAsync(id, post.AuthorUserId, new LivePost(post.Id, Membership.DisplayName, post.Body, TimeDisplay.Format(post.PostedAt)));
        }
        TempData["UrgentHelp"] = reason == HoldReason.RiskWords;
        this.Flash(reason switch
        {
            HoldReason.None => "Posted",
            HoldReason.RiskWords => "Your message is saved and the facilitators have been asked to look at it soon. Others will see it once they have.",
            _ => "Your message is saved. A moderator will look at it before the group sees it.",
        });
        return Redirect($"/groups/{id}/discussion#latest");
    }

    /// <summary>Stop seeing one author's posts in this group (the author of this post); only the person asking is affected.</summary>
    public async Task<IActionResult> OnPostMuteAsync(Guid id, Guid postId)
    {
        if (!await AccessAsync(id) || Suspended) return NotFound();
        var me = User.Id();
        var author = await db.GroupPosts.Where(p => p.Id == postId && p.GroupId == id && p.AuthorUserId != me).Select(p => (Guid?)p.AuthorUserId).SingleOrDefaultAsync();
        if (author is null) return NotFound();
        if (!await db.GroupMutes.AnyAsync(m => m.GroupId == id && m.UserId == me && m.MutedUserId == author))
        {
            db.GroupMutes.Add(new GroupMute { GroupId = id, UserId = me, MutedUserId = author.Value, At = clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }
        this.Flash("You will not see their messages here. Nobody else is told. You can undo this at the bottom of the page.");
        return Redirect($"/groups/{id}/discussion");
    }

    public async Task<IActionResult> OnPostUnmuteAsync(Guid id, Guid userId)
    {
        if (!await AccessAsync(id)) return NotFound();
        var me = User.Id();
        await db.GroupMutes.Where(m => m.GroupId == id && m.UserId == me && m.MutedUserId == userId).ExecuteDeleteAsync();
        this.Flash("You will see their messages again");
        return Redirect($"/groups/{id}/discussion");
    }

    private async Task TellModeratorsAsync(Guid id, HoldReason reason)
    {
        await notices.SendAsync(await GroupRoles.FacilitatorsAsync(db, id), new PostHeldNotice(Group.Name, id, reason == HoldReason.RiskWords));
    }

    /// <summary>The page's reads: who may see the group (one query), then its posts.</summary>
    private async Task<bool> LoadAsync(Guid id, int earlier)
    {
        if (!await AccessAsync(id)) return false;
        if (!Suspended) await ListAsync(id, earlier); // a suspended member is told until when, and sees nothing of the discussion
        return true;
    }

    /// <summary>The group, the person's membership and whether they run it, in one query: all a POST needs before acting.</summary>
    private async Task<bool> AccessAsync(Guid id)
    {
        var me = User.Id();
        var runs = db.PeerGroups.Where(g => g.Id == id).RunBy(db, me);
        var found = await (
            from g in db.PeerGroups.Where(g => g.Id == id && g.ClosedAt == null)
            join m in db.PeerGroupMembers.Where(m => m.UserId == me) on g.Id equals m.GroupId into mine
            from m in mine.DefaultIfEmpty()
            select new { Group = g, Membership = m, Runs = runs.Any() }).SingleOrDefaultAsync();
        if (found is null) return false;
        (Group, Membership, Runs) = (found.Group, found.Membership, found.Runs);
        Now = clock.GetUtcNow();
        return Membership?.Status == GroupMemberStatus.Member || Runs;
    }

    private async Task ListAsync(Guid id, int earlier)
    {
        var me = User.Id();
        Earlier = Math.Clamp(earlier, 0, 10_000);
        var muted = db.GroupMutes.Where(m => m.GroupId == id && m.UserId == me).Select(m => m.MutedUserId);
        // Everyone sees visible posts; authors also see their own held ones, marked as waiting.
        var rows = await db.GroupPosts.Where(p => p.GroupId == id && (p.Status == PostStatus.Visible || (p.Status == PostStatus.Held && p.AuthorUserId == me))
                && !muted.Contains(p.AuthorUserId))
            .OrderByDescending(p => p.PostedAt).Skip(Earlier * PageSize).Take(PageSize + 1)
            .Select(p => new Row(p.Id,
                db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == p.AuthorUserId).Select(m => m.DisplayName).FirstOrDefault() ?? "A facilitator",
                p.AuthorUserId == me, p.Body, p.PostedAt, p.Status))
            .ToListAsync();
        HasEarlier = rows.Count > PageSize;
        Posts = rows.Take(PageSize).Reverse().ToList();
        Muted = (await db.GroupMutes.Where(m => m.GroupId == id && m.UserId == me).OrderBy(m => m.At).Take(100)
                .Select(m => new { m.MutedUserId, Name = db.PeerGroupMembers.Where(g => g.GroupId == id && g.UserId == m.MutedUserId).Select(g => g.DisplayName).FirstOrDefault() })
                .ToListAsync())
            .Select(m => (m.MutedUserId, m.Name ?? "A facilitator")).ToList();
    }
}
