namespace Alongside.Web.Features.Groups.Discussion;

public static class DiscussionAccess
{
    /// <summary>
    /// Members who are not suspended, and the people who run the group, read its discussion while
    /// it is open; nobody else. One query, asked afresh each time: access ends the moment a member
    /// is removed or suspended.
    /// </summary>
    public static Task<bool> CanReadAsync(AlongsideDbContext db, Guid groupId, Guid userId, DateTimeOffset now)
    {
        var runs = db.PeerGroups.Where(g => g.Id == groupId).RunBy(db, userId);
        return db.PeerGroups.AnyAsync(g => g.Id == groupId && g.ClosedAt == null
            && (db.PeerGroupMembers.Any(m => m.GroupId == groupId && m.UserId == userId && m.Status == GroupMemberStatus.Member
                    && (m.SuspendedUntil == null || m.SuspendedUntil <= now))
                || runs.Any()));
    }
}
