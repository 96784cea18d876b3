using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// A group's discussion between meetings: its topics, pinned ones first and then by newest
/// activity, each with its replies and when someone last wrote; a member (welcomed, code of
/// conduct accepted) or a facilitator starts a topic with a title and a first post. A topic is
/// listed for others once a post in it is visible; its author sees it while it waits. Someone
/// who asked to join and is not yet welcomed is told their request is waiting.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(AlongsideDbContext db, DiscussionPosting posting, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    public sealed record TopicRow(Guid Id, string Title, bool Pinned, DateTimeOffset LastActivityAt, int Visible, string? StarterName, bool StarterFacilitator, bool Mine, string? Opening, bool OpeningHeld,
        bool Opened = true, int New = 0)
    {
        /// <summary>Never opened by this person, with something by someone else in it.</summary>
        public bool Unseen => !Opened && New > 0;

        public int Replies => Math.Max(0, Visible - (OpeningHeld ? 0 : 1));
    }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public DiscussionPlace Place { get; private set; } = null!;
    public PeerGroup Group => Place.Group;
    public bool Runs => Place.Runs;
    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }

    /// <summary>The choice of emails about new posts, as posted by the form (a <see cref="Groups.PostEmails"/> name).</summary>
    [BindProperty(Name = "emails")]
    public string? EmailsChoice { get; set; }

    /// <summary>The members this person chose not to see here, to undo it.</summary>
    public IReadOnlyList<(Guid UserId, string Name)> Muted { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        if (!await FindAsync(id)) return NotFound();
        if (Place.Waiting) return Page();
        if (!Place.Reads) return NotFound();
        if (!Place.Suspended) await ListAsync(id, pageNumber); // a suspended member is told until when, and sees nothing of the discussion
        return Page();
    }

    public async Task<IActionResult> OnPostConductAsync(Guid id)
    {
        if (!await FindAsync(id) || !Place.IsMember) return NotFound();
        Place.Membership!.ConductAcceptedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    /// <summary>Starts a topic: its title and first post, checked like any post.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindAsync(id) || !Place.Reads || Place.Suspended) return NotFound();
        if (Place.PostRefusal is { } refusal) ModelState.AddModelError(nameof(Body), refusal);
        var title = Title?.Trim() ?? "";
        var body = Body?.Trim() ?? "";
        if (DiscussionPosting.TitleProblem(title) is { } t) ModelState.AddModelError(nameof(Title), t);
        if (DiscussionPosting.BodyProblem(body) is { } b) ModelState.AddModelError(nameof(Body), b);
        var me = User.Id();
        var (tooQuick, approved) = await posting.HistoryAsync(id, me);
        if (tooQuick) ModelState.AddModelError(nameof(Body), DiscussionPosting.TooQuickMessage);
        if (!ModelState.IsValid)
        {
            await ListAsync(id, 1); // the page again, with the reason
            return Page();
        }

        var now = clock.GetUtcNow();
        var topic = new GroupTopic { GroupId = id, Title = title, StartedByUserId = me, StartedAt = now, LastActivityAt = now };
        db.GroupTopics.Add(topic);
        var post = await posting.PostAsync(Place, topic, me, await AuthorNameAsync(me), body, approved);
        TempData["UrgentHelp"] = post.HoldReason == HoldReason.RiskWords;
        this.Flash(DiscussionPosting.Told(post.HoldReason));
        return Redirect($"/groups/{id}/discussion/topics/{topic.Id}");
    }

    /// <summary>
    /// A member's choice of emails about new posts here: off, each new topic or a daily digest.
    /// The digest counts from the moment it is chosen.
    /// </summary>
    public async Task<IActionResult> OnPostEmailsAsync(Guid id)
    {
        if (!await FindAsync(id) || !Place.IsMember) return NotFound();
        if (!Enum.TryParse<PostEmails>(EmailsChoice, ignoreCase: false, out var choice) || !Enum.IsDefined(choice) || int.TryParse(EmailsChoice, out _))
        {
            ModelState.AddModelError("emails", "Choose off, each new topic or a daily digest");
            if (!Place.Suspended) await ListAsync(id, 1);
            return Page();
        }
        var member = Place.Membership!;
        if (choice == PostEmails.DailyDigest && member.PostEmails != PostEmails.DailyDigest) member.DigestSentAt = clock.GetUtcNow();
        if (choice != PostEmails.DailyDigest) member.DigestSentAt = null;
        member.PostEmails = choice;
        await db.SaveChangesAsync();
        this.Flash(choice switch
        {
            PostEmails.EachNewTopic => "We will email you when someone starts a new topic here",
            PostEmails.DailyDigest => "We will email you once a day when there is something new here",
            _ => "We will not email you about new posts here",
        });
        return Redirect($"/groups/{id}/discussion");
    }

    public async Task<IActionResult> OnPostUnmuteAsync(Guid id, Guid userId)
    {
        if (!await FindAsync(id) || !Place.Reads) return NotFound();
        var me = User.Id();
        await db.GroupMutes.Where(m => m.GroupId == id && m.UserId == me && m.MutedUserId == userId).ExecuteDeleteAsync();
        this.Flash("You will see their messages again");
        return Redirect($"/groups/{id}/discussion");
    }

    private async Task<string> AuthorNameAsync(Guid me) => Place.IsMember ? Place.Membership!.DisplayName
        : await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync();

    private async Task<bool> FindAsync(Guid id)
    {
        var place = await DiscussionPlace.FindAsync(db, id, User.Id(), clock.GetUtcNow());
        if (place is null) return false;
        Place = place;
        return true;
    }

    /// <summary>
    /// One page of topics in one query (their replies, starter, opening words and what is new to
    /// this person as subqueries), then the person's mutes. New: visible posts by others (not
    /// muted) written after the person last opened the topic.
    /// </summary>
    private async Task ListAsync(Guid id, int page)
    {
        var me = User.Id();
        PageNumber = Math.Clamp(page, 1, 10_000);
        var muted = db.GroupMutes.Where(m => m.GroupId == id && m.UserId == me).Select(m => m.MutedUserId);
        var rows = await db.GroupTopics
            .Where(t => t.GroupId == id && (t.StartedByUserId == me || db.GroupPosts.Any(p => p.TopicId == t.Id && p.Status == PostStatus.Visible))
                && (t.StartedByUserId == null || !muted.Contains(t.StartedByUserId.Value)))
            .OrderByDescending(t => t.PinnedAt != null).ThenByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(t => new
            {
                t.Id,
                t.Title,
                Pinned = t.PinnedAt != null,
                t.LastActivityAt,
                Visible = db.GroupPosts.Count(p => p.TopicId == t.Id && p.Status == PostStatus.Visible),
                StarterName = db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == t.StartedByUserId).Select(m => m.DisplayName).FirstOrDefault()
                    ?? db.PeerGroupFacilitators.Where(f => f.GroupId == id && f.UserId == t.StartedByUserId).Select(f => f.User!.DisplayName).FirstOrDefault(),
                StarterFacilitator = db.PeerGroupFacilitators.Any(f => f.GroupId == id && f.UserId == t.StartedByUserId),
                Mine = t.StartedByUserId == me,
                Opening = db.GroupPosts.Where(p => p.TopicId == t.Id).OrderBy(p => p.PostedAt).ThenBy(p => p.Id)
                    .Where(p => (p.Status == PostStatus.Visible || (p.Status == PostStatus.Held && p.AuthorUserId == me)) && !muted.Contains(p.AuthorUserId))
                    .Select(p => new { p.Body, p.Status }).FirstOrDefault(),
                Opened = db.GroupTopicReads.Any(r => r.TopicId == t.Id && r.UserId == me),
                New = db.GroupPosts.Count(p => p.TopicId == t.Id && p.Status == PostStatus.Visible && p.AuthorUserId != me && !muted.Contains(p.AuthorUserId)
                    && !db.GroupTopicReads.Any(r => r.TopicId == t.Id && r.UserId == me && r.ReadAt >= p.PostedAt)),
            })
            .ToListAsync();
        HasMore = rows.Count > PageSize;
        Topics = rows.Take(PageSize).Select(r => new TopicRow(r.Id, r.Title, r.Pinned, r.LastActivityAt, r.Visible,
            r.StarterName, r.StarterFacilitator, r.Mine, r.Opening is null ? null : Excerpt(r.Opening.Body), r.Opening?.Status == PostStatus.Held, r.Opened, r.New)).ToList();
        Muted = (await db.GroupMutes.Where(m => m.GroupId == id && m.UserId == me).OrderBy(m => m.At).Take(100)
                .Select(m => new { m.MutedUserId, Name = db.PeerGroupMembers.Where(g => g.GroupId == id && g.UserId == m.MutedUserId).Select(g => g.DisplayName).FirstOrDefault() })
                .ToListAsync())
            .Select(m => (m.MutedUserId, m.Name ?? "A facilitator")).ToList();
    }

    private static string Excerpt(string body) => body.Length > 160 ? body[..160] + "…" : body;
}
