namespace Alongside.Web.Features.Groups.Discussion;

public static class DiscussionAccess
{
    /// <summary>
    /// Members, and the people who run the group, read its discussion while it is open; nobody
    /// else. One query, asked afresh each time: access ends the moment a member is removed.
    /// </summary>
    public static Task<bool> CanReadAsync(AlongsideDbContext db, Guid groupId, Guid userId)
    {
        var runs = db.PeerGroups.Where(g => g.Id == groupId).RunBy(db, userId);
        return db.PeerGroups.AnyAsync(g => g.Id == groupId && g.ClosedAt == null
            && (db.PeerGroupMembers.Any(m => m.GroupId == groupId && m.UserId == userId && m.Status == GroupMemberStatus.Member) || runs.Any()));
    }
}
