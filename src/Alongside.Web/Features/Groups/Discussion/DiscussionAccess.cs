using Microsoft.AspNetCore.SignalR;

namespace Alongside.Web.Features.Groups.Discussion;

public static class DiscussionAccess
{
    /// <summary>Members, and the people who run the group, read its discussion; nobody else.</summary>
    public static async Task<bool> CanReadAsync(AlongsideDbContext db, Guid groupId, Guid userId) =>
        await GroupRoles.IsMemberAsync(db, groupId, userId) || await db.PeerGroups.Where(g => g.Id == groupId).RunBy(db, userId).AnyAsync();
}
