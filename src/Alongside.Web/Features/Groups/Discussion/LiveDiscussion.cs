using Microsoft.AspNetCore.SignalR;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// Sends a group's newly visible posts to the browsers watching it, and only to people who may
/// still read the group: their open connections are taken off it the moment they may not.
/// </summary>
public sealed class LiveDiscussion(AlongsideDbContext db, IHubContext<GroupHub> hub, ILiveConnections connections, TimeProvider clock)
{
    public async Task SendAsync(Guid groupId, Guid authorId, LivePost post)
    {
        // Asked again for every watcher when sending, in one query, as access can also end without
        // passing through RecheckAsync (a group closed, a facilitator or an admin stepping down).
        var watchers = connections.WatchersOf(GroupHub.Channel(groupId));
        if (watchers.Count > 0)
        {
            var readers = await DiscussionAccess.ReadersAmongAsync(db, groupId, watchers, clock.GetUtcNow());
            foreach (var userId in watchers.Where(w => !readers.Contains(w))) await StopAsync(groupId, userId);
        }
        // Not to the people who muted the author in this group.
        var muting = await db.GroupMutes.Where(m => m.GroupId == groupId && m.MutedUserId == authorId).Select(m => m.UserId).ToListAsync();
        var skip = muting.Count == 0 ? [] : connections.ConnectionsOf(muting, GroupHub.Channel(groupId));
        await hub.Clients.GroupExcept(GroupHub.Channel(groupId), skip).SendAsync("post", post);
    }

    /// <summary>Call after someone's membership ends: if they can no longer read the group, their open connections stop hearing it now.</summary>
    public async Task RecheckAsync(Guid groupId, Guid userId)
    {
        if (!await DiscussionAccess.CanReadAsync(db, groupId, userId, clock.GetUtcNow())) await StopAsync(groupId, userId);
    }

    private async Task StopAsync(Guid groupId, Guid userId)
    {
        var channel = GroupHub.Channel(groupId);
        foreach (var connectionId in connections.StopWatching(userId, channel))
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, channel);
        }
    }
}
