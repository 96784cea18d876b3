using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// One topic: its posts in the order written, paged, and a reply form. Posts are plain text,
/// kept as written and encoded when shown. Everyone who reads the group sees the visible posts;
/// an author also sees their own held ones, marked as waiting. A topic is found only inside its
/// own group, and only once something in it is visible (or by the person who started it, or by
/// the people who run the group).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class TopicModel(AlongsideDbContext db, DiscussionPosting posting, IOptions<DiscussionOptions> options, TimeProvider clock) : PageModel
{
    public const int PageSize = 30;

    public sealed record Row(Guid Id, Guid AuthorId, string Author, bool Facilitator, bool Mine, string Body, DateTimeOffset PostedAt, PostStatus Status, bool Edited, int Supports, bool Supported);

    [BindProperty]
    public string? Body { get; set; }

    public DiscussionPlace Place { get; private set; } = null!;
    public PeerGroup Group => Place.Group;
    public GroupTopic Topic { get; private set; } = null!;
    public IReadOnlyList<Row> Posts { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int Pages { get; private set; } = 1;

    /// <summary>When the person last opened this topic before now: later posts by others are marked "New". Null on a first visit.</summary>
    public DateTimeOffset? LastRead { get; private set; }

    /// <summary>Written by someone else since the person last opened the topic (what the topic list counts as new).</summary>
    public bool IsNew(Row post) => LastRead is { } read && !post.Mine && post.Status == PostStatus.Visible && post.PostedAt > read;

    /// <summary>Posts written after this may still be changed by their authors.</summary>
    public DateTimeOffset EditableSince => Place.Now.AddMinutes(-options.Value.EditMinutes);

    /// <param name="pageNumber">A number, "last", or "new": the page with the first post written since the person last opened the topic (the last page when none is).</param>
    public async Task<IActionResult> OnGetAsync(Guid id, Guid topicId, [FromQuery(Name = "page")] string? pageNumber = null)
    {
        if (!await FindAsync(id, topicId, tracked: false, withCount: true, withFirstNew: pageNumber == "new") || Place.Suspended) return NotFound();
        await ListAsync(pageNumber);
        // Opened before, and nobody else has written anything here since (in any state: a held post
        // let through later keeps its time): moving the time on would change no marker now or later,
        // so nothing is written. A reload or another page of the topic stays a read.
        if (LastRead is null || _othersWroteSince) await MarkReadAsync();
        return Page();
    }

    /// <summary>
    /// Records that the person has read the topic up to now (the list's "new" counts start again):
    /// an update of their row, or the first row; a second tab inserting it at the same moment is
    /// refused by the key and changes nothing.
    /// </summary>
    private async Task MarkReadAsync()
    {
        var me = User.Id();
        var (topicId, now) = (Topic.Id, Place.Now);
        if (await db.GroupTopicReads.Where(r => r.TopicId == topicId && r.UserId == me).ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadAt, now)) > 0) return;
        db.GroupTopicReads.Add(new GroupTopicRead { TopicId = topicId, UserId = me, GroupId = Group.Id, ReadAt = now });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Opened twice at once: the other request recorded it.
        }
    }

    /// <summary>A reply, checked like any post.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, Guid topicId)
    {
        if (!await FindAsync(id, topicId, tracked: true, withHistory: true) || Place.Suspended) return NotFound();
        if (Place.PostRefusal is { } refusal) ModelState.AddModelError(nameof(Body), refusal);
        var body = Body?.Trim() ?? "";
        if (DiscussionPosting.BodyProblem(body) is { } problem) ModelState.AddModelError(nameof(Body), problem);
        var me = User.Id();
        var (recent, approved) = _history;
        if (posting.TooQuick(recent)) ModelState.AddModelError(nameof(Body), DiscussionPosting.TooQuickMessage);
        if (!ModelState.IsValid)
        {
            await ListAsync("last"); // the page again, with the reason
            return Page();
        }
        var name = Place.IsMember ? Place.Membership!.DisplayName : await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync();
        var post = await posting.PostAsync(Place, Topic, me, name, body, approved);
        TempData["UrgentHelp"] = post.HoldReason == HoldReason.RiskWords;
        this.Flash(DiscussionPosting.Told(post.HoldReason));
        return Redirect($"/groups/{id}/discussion/topics/{topicId}?page=last#post-{post.Id}");
    }

    /// <summary>Stop seeing one author's posts in this group (the author of this post); only the person asking is affected.</summary>
    public async Task<IActionResult> OnPostMuteAsync(Guid id, Guid topicId, Guid postId)
    {
        if (!await FindAsync(id, topicId, tracked: false) || Place.Suspended) return NotFound();
        var me = User.Id();
        var author = await db.GroupPosts.Where(p => p.Id == postId && p.GroupId == id && p.AuthorUserId != me).Select(p => (Guid?)p.AuthorUserId).SingleOrDefaultAsync();
        if (author is null) return NotFound();
        if (!await db.GroupMutes.AnyAsync(m => m.GroupId == id && m.UserId == me && m.MutedUserId == author))
        {
            db.GroupMutes.Add(new GroupMute { GroupId = id, UserId = me, MutedUserId = author.Value, At = clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }
        this.Flash("You will not see their messages here. Nobody else is told. You can undo this at the bottom of the discussion page.");
        return Redirect($"/groups/{id}/discussion/topics/{topicId}");
    }

    /// <summary>
    /// Sends support to someone else's visible post in this topic, or takes it back: one per
    /// person, shown as a count; nobody sees who sent it.
    /// </summary>
    public async Task<IActionResult> OnPostSupportAsync(Guid id, Guid topicId, Guid postId, int at = 1)
    {
        if (!await FindAsync(id, topicId, tracked: false) || Place.Suspended || !(Place.Accepted || Place.Runs)) return NotFound();
        var me = User.Id();
        if (!await db.GroupPosts.AnyAsync(p => p.Id == postId && p.TopicId == topicId && p.Status == PostStatus.Visible && p.AuthorUserId != me)) return NotFound();
        if (await db.GroupPostSupports.Where(x => x.PostId == postId && x.UserId == me).ExecuteDeleteAsync() == 0)
        {
            db.GroupPostSupports.Add(new GroupPostSupport { PostId = postId, UserId = me, At = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Sent twice at once (a double tap): the first one counted.
            }
        }
        return Redirect($"/groups/{id}/discussion/topics/{topicId}?page={Math.Clamp(at, 1, 10_000)}#post-{postId}");
    }

    /// <summary>The people who run the group pin a topic to the top of the list, or unpin it.</summary>
    public async Task<IActionResult> OnPostPinAsync(Guid id, Guid topicId, bool pin = true)
    {
        if (!await FindAsync(id, topicId, tracked: true) || !Place.Runs) return NotFound();
        Topic.PinnedAt = pin ? Topic.PinnedAt ?? clock.GetUtcNow() : null;
        await db.SaveChangesAsync();
        this.Flash(pin ? "Pinned: it stays at the top of the topics" : "Unpinned");
        return Redirect($"/groups/{id}/discussion/topics/{topicId}");
    }

    private (int Recent, int Approved) _history;

    /// <summary>How many posts the person sees in the topic, when read with the topic.</summary>
    private int? _seen;

    /// <summary>Whether anyone else has posted here since the person last opened the topic (held, muted or hidden posts too), when read with the topic.</summary>
    private bool _othersWroteSince;

    /// <summary>How many posts they see come before the first new one, when asked for the page with it; null when nothing is new.</summary>
    private int? _beforeNew;

    /// <summary>
    /// Who the person is here (one query), then the topic, in this group and visible to them, and
    /// for a reply their posts in the last minute and approved ones here (one query), or for
    /// reading how many posts they see in it, when they last read it, whether others have written
    /// since and where the first new post is (in the same query).
    /// </summary>
    private async Task<bool> FindAsync(Guid id, Guid topicId, bool tracked, bool withHistory = false, bool withCount = false, bool withFirstNew = false)
    {
        var me = User.Id();
        var place = await DiscussionPlace.FindAsync(db, id, me, clock.GetUtcNow());
        if (place is null || !place.Reads) return false;
        Place = place;
        var runs = place.Runs;
        var aMinuteAgo = place.Now.AddMinutes(-1);
        var topics = tracked ? db.GroupTopics : db.GroupTopics.AsNoTracking();
        var seen = Seen(db, id, me);
        var reads = db.GroupTopicReads.Where(r => r.TopicId == topicId && r.UserId == me);
        var fresh = seen.Where(p => p.TopicId == topicId && p.Status == PostStatus.Visible && p.AuthorUserId != me && !reads.Any(r => r.ReadAt >= p.PostedAt));
        var found = await topics.Where(t => t.Id == topicId && t.GroupId == id
                && (runs || t.StartedByUserId == me || db.GroupPosts.Any(p => p.TopicId == t.Id && p.Status == PostStatus.Visible)))
            .Select(t => new
            {
                Topic = t,
                Recent = withHistory ? db.GroupPosts.Count(p => p.AuthorUserId == me && p.PostedAt > aMinuteAgo) : 0,
                Approved = withHistory ? db.GroupPosts.Count(p => p.GroupId == id && p.AuthorUserId == me && p.Status == PostStatus.Visible) : 0,
                Seen = withCount ? seen.Count(p => p.TopicId == t.Id) : -1,
                LastRead = withCount ? reads.Select(r => (DateTimeOffset?)r.ReadAt).FirstOrDefault() : null,
                OthersWroteSince = withCount && db.GroupPosts.Any(p => p.TopicId == t.Id && p.AuthorUserId != me && !reads.Any(r => r.ReadAt >= p.PostedAt)),
                BeforeNew = withFirstNew && fresh.Any() ? seen.Count(p => p.TopicId == t.Id && p.PostedAt < fresh.Min(q => q.PostedAt)) : -1,
            })
            .SingleOrDefaultAsync();
        if (found is null) return false;
        (Topic, _history) = (found.Topic, (found.Recent, found.Approved));
        _seen = withCount ? found.Seen : null;
        LastRead = found.LastRead;
        _othersWroteSince = found.OthersWroteSince;
        _beforeNew = found.BeforeNew >= 0 ? found.BeforeNew : null;
        return true;
    }

    /// <summary>
    /// The group's posts this person sees: visible ones, and their own held ones, of anyone they did
    /// not mute. Search uses it too, to link a found post to its page here.
    /// </summary>
    public static IQueryable<GroupPost> Seen(AlongsideDbContext db, Guid id, Guid me)
    {
        var muted = db.GroupMutes.Where(m => m.GroupId == id && m.UserId == me).Select(m => m.MutedUserId);
        return db.GroupPosts.Where(p => p.GroupId == id
            && (p.Status == PostStatus.Visible || (p.Status == PostStatus.Held && p.AuthorUserId == me))
            && !muted.Contains(p.AuthorUserId));
    }

    /// <summary>How many posts the person sees (unless counted with the topic), then one page of them (one query); "last" is the last page.</summary>
    private async Task ListAsync(string? page)
    {
        var me = User.Id();
        var id = Group.Id;
        var topicId = Topic.Id;
        var seen = Seen(db, id, me).Where(p => p.TopicId == topicId);
        var count = _seen ?? await seen.CountAsync();
        Pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        PageNumber = page switch
        {
            "last" => Pages,
            "new" => _beforeNew is { } before ? Math.Min(before / PageSize + 1, Pages) : Pages,
            _ => int.TryParse(page, out var n) ? Math.Clamp(n, 1, Pages) : 1,
        };
        Posts = await seen.OrderBy(p => p.PostedAt).ThenBy(p => p.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.AuthorUserId,
                db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == p.AuthorUserId).Select(m => m.DisplayName).FirstOrDefault()
                    ?? db.PeerGroupFacilitators.Where(f => f.GroupId == id && f.UserId == p.AuthorUserId).Select(f => f.User!.DisplayName).FirstOrDefault() ?? "A facilitator",
                db.PeerGroupFacilitators.Any(f => f.GroupId == id && f.UserId == p.AuthorUserId),
                p.AuthorUserId == me, p.Body, p.PostedAt, p.Status, p.EditedAt != null,
                db.GroupPostSupports.Count(x => x.PostId == p.Id), db.GroupPostSupports.Any(x => x.PostId == p.Id && x.UserId == me)))
            .ToListAsync();
    }
}
