using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// Writing in a group's discussion, the same for a new topic and a reply: the limits, the hold
/// rules (risk words first, then watched words, then a new member's first posts), the
/// moderators' notice for a held post, and the live update for a visible one (and, for a new
/// topic's visible first post, the emails members chose).
/// </summary>
public sealed class DiscussionPosting(
    AlongsideDbContext db, IOptions<DiscussionOptions> options, IOptions<UrgentHelpOptions> urgentHelp,
    LiveDiscussion live, Notices notices, NewPostEmails emails, TimeProvider clock)
{
    /// <summary>What is wrong with a post's text, or null when it may be sent.</summary>
    public static string? BodyProblem(string body) =>
        body.Length == 0 ? "Write your message"
        : body.Length > DiscussionOptions.MaxLength ? $"Your message must be {DiscussionOptions.MaxLength:N0} characters or fewer (it has {body.Length:N0})"
        : null;

    /// <summary>What is wrong with a topic's title, or null when it may be used.</summary>
    public static string? TitleProblem(string title) =>
        title.Length == 0 ? "Give your topic a title"
        : title.Length > GroupTopic.TitleMaxLength ? $"The title must be {GroupTopic.TitleMaxLength} characters or fewer (it has {title.Length:N0})"
        : null;

    /// <summary>Whether the person has reached the posts-per-minute limit, given their posts in the last minute.</summary>
    public bool TooQuick(int postsInTheLastMinute) => postsInTheLastMinute >= options.Value.PostsPerMinute;

    /// <summary>The person's recent posts anywhere and their approved ones in this group, in one query.</summary>
    public async Task<(bool TooQuick, int ApprovedHere)> HistoryAsync(Guid groupId, Guid userId)
    {
        var aMinuteAgo = clock.GetUtcNow().AddMinutes(-1);
        var found = await db.PeerGroups.Where(g => g.Id == groupId).Select(g => new
        {
            Recent = db.GroupPosts.Count(p => p.AuthorUserId == userId && p.PostedAt > aMinuteAgo),
            Approved = db.GroupPosts.Count(p => p.GroupId == groupId && p.AuthorUserId == userId && p.Status == PostStatus.Visible),
        }).SingleAsync();
        return (found.Recent >= options.Value.PostsPerMinute, found.Approved);
    }

    public const string TooQuickMessage = "You are posting very quickly. Please wait a minute and try again.";

    /// <summary>Adds the post to the topic (tracked, or new), holding it when the rules say so, and saves.</summary>
    public async Task<GroupPost> PostAsync(DiscussionPlace place, GroupTopic topic, Guid authorId, string authorName, string body, int approvedBefore)
    {
        var now = clock.GetUtcNow();
        var reason = HoldRules.Decide(body, urgentHelp.Value.RiskPhrases, options.Value,
            place.Group.NewMembersPostsNeedApproval && approvedBefore < options.Value.NewMemberPostsNeedingApproval && !place.Runs);
        var post = new GroupPost
        {
            GroupId = place.Group.Id,
            TopicId = topic.Id,
            AuthorUserId = authorId,
            Body = body,
            PostedAt = now,
            Status = reason == HoldReason.None ? PostStatus.Visible : PostStatus.Held,
            HoldReason = reason,
        };
        var opensTopic = db.Entry(topic).State == EntityState.Added;
        db.GroupPosts.Add(post);
        if (post.Status == PostStatus.Visible)
        {
            topic.LastActivityAt = now;
            if (opensTopic && place.NewTopicsWanted) await emails.NewTopicAsync(place.Group, topic.Id, authorId, now);
        }
        else await notices.SendAsync(await GroupRoles.FacilitatorsAsync(db, place.Group.Id), new PostHeldNotice(place.Group.Name, place.Group.Id, reason == HoldReason.RiskWords));
        await db.SaveChangesAsync();
        if (post.Status == PostStatus.Visible)
            await live.SendAsync(place.Group.Id, authorId, new LivePost(post.Id, topic.Id, authorName, place.Runs && !place.IsMember, post.Body, TimeDisplay.Format(post.PostedAt)));
        return post;
    }

    /// <summary>What the poster is told once their post is saved.</summary>
    public static string Told(HoldReason reason) => reason switch
    {
        HoldReason.None => "Posted",
        HoldReason.RiskWords => "Your message is saved and the facilitators have been asked to look at it soon. Others will see it once they have.",
        _ => "Your message is saved. A moderator will look at it before the group sees it.",
    };
}
