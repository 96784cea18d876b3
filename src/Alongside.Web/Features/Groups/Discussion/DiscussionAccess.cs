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

    /// <summary>
    /// Of these people, the ones who may read the group now, in one query whatever their number:
    /// the same rule as <see cref="CanReadAsync"/>, asked for everyone watching a post at once.
    /// </summary>
    public static async Task<HashSet<Guid>> ReadersAmongAsync(AlongsideDbContext db, Guid groupId, IReadOnlyCollection<Guid> userIds, DateTimeOffset now)
    {
        var open = db.PeerGroups.Where(g => g.Id == groupId && g.ClosedAt == null);
        var members = db.PeerGroupMembers.Where(m => m.GroupId == groupId && userIds.Contains(m.UserId) && m.Status == GroupMemberStatus.Member
            && (m.SuspendedUntil == null || m.SuspendedUntil <= now) && open.Any()).Select(m => m.UserId);
        var facilitators = db.PeerGroupFacilitators.Where(f => f.GroupId == groupId && userIds.Contains(f.UserId) && open.Any()).Select(f => f.UserId);
        var admins = db.Memberships.Where(m => userIds.Contains(m.UserId) && m.Role == Role.Admin && open.Any(g => g.OrganisationId == m.OrganisationId)).Select(m => m.UserId);
        return (await members.Union(facilitators).Union(admins).ToListAsync()).ToHashSet();
    }
}
