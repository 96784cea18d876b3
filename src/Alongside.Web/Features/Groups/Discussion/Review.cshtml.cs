using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// The moderators' queue: held posts and reported ones. Hide, restore, approve, warn or remove a
/// member; every action goes in the group's log. Only people who run the group reach it.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class ReviewModel(AlongsideDbContext db, LiveDiscussion live, MemberSanctions sanctions, Notices notices, NewPostEmails emails, TimeProvider clock) : PageModel
{
    public sealed record Item(Guid PostId, Guid AuthorId, string Author, Guid TopicId, string Topic, bool OpensTopic, string Body, DateTimeOffset PostedAt, PostStatus Status, HoldReason Reason, IReadOnlyList<string> Reports);

    public sealed record LogRow(DateTimeOffset At, string Moderator, ModerationAction Action, string? Member, string? Note);

    public PeerGroup Group { get; private set; } = null!;
    public IReadOnlyList<Item> Queue { get; private set; } = [];
    public IReadOnlyList<LogRow> Log { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid postId, ModerationAction action, string? note, int days = 7)
    {
        if (!await LoadAsync(id)) return NotFound();
        var post = await db.GroupPosts.SingleOrDefaultAsync(p => p.Id == postId && p.GroupId == id);
        if (post is null || !Enum.IsDefined(action)) return NotFound();
        if (action is ModerationAction.Silence or ModerationAction.Suspend)
        {
            // Measures on the author, not the post: the post stays in the queue for its own decision.
            if (!await sanctions.ApplyAsync(id, Group.Name, post.AuthorUserId, action, days, note, User.Id())) return NotFound();
            this.Flash(action == ModerationAction.Silence ? $"Their posting is paused for {days} days" : $"They are suspended for {days} days");
            return RedirectToPage(new { id });
        }
        var now = clock.GetUtcNow();
        var wasVisible = post.Status == PostStatus.Visible;
        var wasHeld = post.Status == PostStatus.Held;
        switch (action)
        {
            case ModerationAction.Approve or ModerationAction.Restore:
                post.Status = PostStatus.Visible;
                break;
            case ModerationAction.Hide:
                post.Status = PostStatus.Hidden;
                break;
            case ModerationAction.Warn:
                await WarnAsync(post.AuthorUserId, note);
                break;
            case ModerationAction.Remove:
                post.Status = PostStatus.Hidden;
                await db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == post.AuthorUserId && m.Status == GroupMemberStatus.Member)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, GroupMemberStatus.Removed));
                break;
        }
        if (wasHeld && post.Status == PostStatus.Visible && await emails.OpensTopicAsync(post))
        {
            await emails.NewTopicAsync(Group, post.TopicId, post.AuthorUserId, now); // saved with the decision below
        }
        if (action is not ModerationAction.Warn)
        {
            await db.GroupPostReports.Where(r => r.PostId == postId && r.ResolvedAt == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.ResolvedAt, now));
        }
        db.GroupModerationEntries.Add(new GroupModerationEntry
        {
            GroupId = id,
            ModeratorUserId = User.Id(),
            Action = action,
            PostId = postId,
            MemberUserId = post.AuthorUserId,
            Note = Shorten(note, 500),
            At = now,
        });
        await db.SaveChangesAsync();
        if (!wasVisible && post.Status == PostStatus.Visible)
        {
            // Newly visible: its topic moves up the list, and those watching see it arrive.
            await db.GroupTopics.Where(t => t.Id == post.TopicId && t.LastActivityAt < now).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastActivityAt, now));
            var member = await db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == post.AuthorUserId).Select(m => m.DisplayName).FirstOrDefaultAsync();
            var facilitator = await db.PeerGroupFacilitators.Where(f => f.GroupId == id && f.UserId == post.AuthorUserId).Select(f => f.User!.DisplayName).FirstOrDefaultAsync();
            await live.SendAsync(id, post.AuthorUserId, new LivePost(post.Id, post.TopicId, member ?? facilitator ?? "A facilitator", facilitator is not null, post.Body, TimeDisplay.Format(post.PostedAt)));
        }
        if (action is ModerationAction.Remove) await live.RecheckAsync(id, post.AuthorUserId);
        this.Flash(action switch
        {
            ModerationAction.Approve => "Approved: the group can see it",
            ModerationAction.Restore => "Restored",
            ModerationAction.Hide => "Hidden from the group",
            ModerationAction.Warn => "Warning sent",
            ModerationAction.Remove => "Removed from the group, and the post hidden",
            _ => "Report dismissed",
        });
        return RedirectToPage(new { id });
    }

    private static string? Shorten(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();

    private async Task WarnAsync(Guid userId, string? note)
    {
        var person = await db.Users.Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).SingleAsync();
        if (person.Email is null) return;
        await notices.SendAsync(new Recipient(person.Email, person.DisplayName), new ModeratorWarningNotice(Group.Name, note));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var me = User.Id();
        var group = await db.PeerGroups.Where(g => g.Id == id).RunBy(db, me).SingleOrDefaultAsync();
        if (group is null) return false;
        Group = group;
        var reported = db.GroupPostReports.Where(r => r.ResolvedAt == null).Select(r => r.PostId);
        var posts = await db.GroupPosts.Where(p => p.GroupId == id && (p.Status == PostStatus.Held || reported.Contains(p.Id)))
            .OrderBy(p => p.PostedAt).Take(100)
            .Select(p => new
            {
                p.Id,
                p.AuthorUserId,
                p.TopicId,
                Topic = db.GroupTopics.Where(t => t.Id == p.TopicId).Select(t => t.Title).First(),
                OpensTopic = !db.GroupPosts.Any(o => o.TopicId == p.TopicId && o.PostedAt < p.PostedAt),
                p.Body,
                p.PostedAt,
                p.Status,
                p.HoldReason,
            }).ToListAsync();
        var ids = posts.Select(p => p.Id).ToList();
        var authors = posts.Select(p => p.AuthorUserId).Distinct().ToList();
        var reports = (await db.GroupPostReports.Where(r => ids.Contains(r.PostId) && r.ResolvedAt == null).Select(r => new { r.PostId, r.Category, r.Reason }).ToListAsync())
            .ToLookup(r => r.PostId, r => ReportModel.Describe(r.Category) + (r.Reason.Length == 0 ? "" : $": {r.Reason}"));
        var names = await db.PeerGroupMembers.Where(m => m.GroupId == id && authors.Contains(m.UserId)).ToDictionaryAsync(m => m.UserId, m => m.DisplayName);
        Queue = posts.Select(p => new Item(p.Id, p.AuthorUserId, names.GetValueOrDefault(p.AuthorUserId) ?? "A facilitator", p.TopicId, p.Topic, p.OpensTopic, p.Body, p.PostedAt, p.Status, p.HoldReason, reports[p.Id].ToList())).ToList();
        Log = await db.GroupModerationEntries.Where(e => e.GroupId == id).OrderByDescending(e => e.At).Take(50)
            .Select(e => new LogRow(e.At, db.Users.Where(u => u.Id == e.ModeratorUserId).Select(u => u.DisplayName).First(), e.Action,
                db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == e.MemberUserId).Select(m => m.DisplayName).FirstOrDefault(), e.Note))
            .ToListAsync();
        return true;
    }
}
