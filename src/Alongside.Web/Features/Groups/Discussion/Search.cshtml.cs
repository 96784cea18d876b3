using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// Search within one group's discussion, for those who read it: visible posts whose words
/// contain the term, and topics whose title does, in this group only; never held, hidden or
/// deleted posts, nor posts of members the searcher muted. Case-insensitive alike on SQLite and
/// PostgreSQL (lower-cased on both sides, as GroupSearch does for languages).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class SearchModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxTermLength = 100;
    public const int PageSize = 20;

    public sealed record Hit(Guid PostId, Guid TopicId, string Topic, string Author, bool Facilitator, DateTimeOffset PostedAt, string Excerpt, int Page);

    public sealed record TopicHit(Guid Id, string Title);

    public DiscussionPlace Place { get; private set; } = null!;
    public PeerGroup Group => Place.Group;
    public string Term { get; private set; } = "";
    public IReadOnlyList<Hit> Posts { get; private set; } = [];
    public IReadOnlyList<TopicHit> Topics { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }
    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "q")] string? q = null, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        var place = await DiscussionPlace.FindAsync(db, id, User.Id(), clock.GetUtcNow());
        if (place is null || !place.Reads || place.Suspended) return NotFound();
        Place = place;
        Term = (q ?? "").Trim();
        if (Term.Length > MaxTermLength)
        {
            ModelState.AddModelError("q", $"Search for {MaxTermLength} characters or fewer (you entered {Term.Length:N0})");
            Term = Term[..MaxTermLength];
            return Page();
        }
        if (Term.Length == 0) return Page();
        Searched = true;
        PageNumber = Math.Clamp(pageNumber, 1, 10_000);
        await SearchAsync(id);
        return Page();
    }

    /// <summary>Topics whose title matches (first page only, one query), then one page of matching posts (one query).</summary>
    private async Task SearchAsync(Guid id)
    {
        var me = User.Id();
        var term = Term.ToLowerInvariant();
        var muted = db.GroupMutes.Where(m => m.GroupId == id && m.UserId == me).Select(m => m.MutedUserId);
        if (PageNumber == 1)
        {
            Topics = await db.GroupTopics
                .Where(t => t.GroupId == id && t.Title.ToLower().Contains(term)
                    && (t.StartedByUserId == null || !muted.Contains(t.StartedByUserId.Value))
                    && db.GroupPosts.Any(p => p.TopicId == t.Id && p.Status == PostStatus.Visible))
                .OrderByDescending(t => t.LastActivityAt).Take(PageSize)
                .Select(t => new TopicHit(t.Id, t.Title)).ToListAsync();
        }
        // What the topic page shows this person, to link each post to its page there.
        var seen = TopicModel.Seen(db, id, me);
        var rows = await db.GroupPosts
            .Where(p => p.GroupId == id && p.Status == PostStatus.Visible && !muted.Contains(p.AuthorUserId) && p.Body.ToLower().Contains(term))
            .OrderByDescending(p => p.PostedAt).ThenByDescending(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(p => new
            {
                p.Id,
                p.TopicId,
                Topic = db.GroupTopics.Where(t => t.Id == p.TopicId).Select(t => t.Title).First(),
                Member = db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == p.AuthorUserId).Select(m => m.DisplayName).FirstOrDefault(),
                Facilitator = db.PeerGroupFacilitators.Where(f => f.GroupId == id && f.UserId == p.AuthorUserId).Select(f => f.User!.DisplayName).FirstOrDefault(),
                p.PostedAt,
                p.Body,
                Before = seen.Count(s => s.TopicId == p.TopicId && s.PostedAt < p.PostedAt),
            })
            .ToListAsync();
        HasMore = rows.Count > PageSize;
        Posts = rows.Take(PageSize).Select(r => new Hit(r.Id, r.TopicId, r.Topic, r.Member ?? r.Facilitator ?? "A facilitator", r.Facilitator is not null, r.PostedAt,
            Excerpt(r.Body, Term), r.Before / TopicModel.PageSize + 1)).ToList();
    }

    /// <summary>Up to about 200 characters of the post around the first match.</summary>
    public static string Excerpt(string body, string term)
    {
        const int before = 60, length = 200;
        var at = body.IndexOf(term, StringComparison.OrdinalIgnoreCase);
        var start = at <= before ? 0 : at - before;
        var end = Math.Min(body.Length, start + length);
        return (start > 0 ? "…" : "") + body[start..end].ReplaceLineEndings(" ") + (end < body.Length ? "…" : "");
    }
}
