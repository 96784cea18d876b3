namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// Emails about new posts that members chose for themselves, per group (<see cref="PostEmails"/>):
/// a line when a topic's first post becomes visible, or a daily count. Both name the group and
/// link to it, never anyone's words. Only members who read the group now (welcomed, not
/// suspended, the group open) are sent anything; leaving or being removed stops them at once.
/// </summary>
public sealed class NewPostEmails(AlongsideDbContext db, Notices notices)
{
    /// <summary>
    /// Queues "a new topic in the group" for the members who chose each new topic, except its
    /// author and those who muted the author; the caller saves it with the change that made the
    /// first post visible.
    /// </summary>
    public async Task NewTopicAsync(PeerGroup group, Guid topicId, Guid authorId, DateTimeOffset now)
    {
        if (topicId == group.Id) return; // the general conversation is not a new topic
        var groupId = group.Id;
        var recipients = await db.PeerGroupMembers
            .Where(m => m.GroupId == groupId && m.PostEmails == PostEmails.EachNewTopic && m.Status == GroupMemberStatus.Member
                && (m.SuspendedUntil == null || m.SuspendedUntil <= now) && m.UserId != authorId && m.User!.Email != null
                && !db.GroupMutes.Any(x => x.GroupId == groupId && x.UserId == m.UserId && x.MutedUserId == authorId))
            .OrderBy(m => m.UserId).Take(1000)
            .Select(m => new Recipient(m.User!.Email!, m.User.DisplayName))
            .ToListAsync();
        await notices.SendAsync(recipients, new NewTopicNotice(group.Name, groupId, topicId));
    }

    /// <summary>Whether this post opened its topic (nothing was written in the topic before it).</summary>
    public Task<bool> OpensTopicAsync(GroupPost post) =>
        db.GroupPosts.AnyAsync(p => p.Id == post.Id && p.TopicId != p.GroupId
            && !db.GroupPosts.Any(q => q.TopicId == post.TopicId && q.Id != post.Id && q.PostedAt <= post.PostedAt));
}
