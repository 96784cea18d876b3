
namespace Alongside.Web.Features.Groups;

/// <summary>Who may do what in a group, decided inside the query.</summary>
public static class GroupRoles
{
    /// <summary>Groups the person runs: as one of its facilitators, or as an admin of its organisation.</summary>
    public static IQueryable<PeerGroup> RunBy(this IQueryable<PeerGroup> groups, AlongsideDbContext db, Guid userId) =>
        groups.Where(g => db.PeerGroupFacilitators.Any(f => f.GroupId == g.Id && f.UserId == userId)
            || db.Memberships.Any(m => m.UserId == userId && m.OrganisationId == g.OrganisationId && m.Role == Role.Admin));

    public static Task<bool> IsMemberAsync(AlongsideDbContext db, Guid groupId, Guid userId) =>
        db.PeerGroupMembers.AnyAsync(m => m.GroupId == groupId && m.UserId == userId && m.Status == GroupMemberStatus.Member);

    /// <summary>The facilitators' addresses, for notices about the group (never its content).</summary>
    public static Task<List<Recipient>> FacilitatorsAsync(AlongsideDbContext db, Guid groupId) =>
        db.PeerGroupFacilitators.Where(f => f.GroupId == groupId && f.User!.Email != null)
            .Select(f => new Recipient(f.User!.Email!, f.User.DisplayName)).Take(20).ToListAsync();
}
