using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// Sends a group's newly visible posts to the browsers watching it, and only to people who may
/// still read the group. Every instance delivers to its own connections by their ids, after asking
/// the database who may read now: a removal, suspension or mute made on any instance holds on all
/// of them, which a SignalR group spread over the Redis backplane would not (it remembers members).
/// </summary>
public sealed class LiveDiscussion(AlongsideDbContext db, IHubContext<GroupHub> hub, ILiveConnections connections, ILiveSignals signals, TimeProvider clock)
{
    public Task SendAsync(Guid groupId, Guid authorId, LivePost post) =>
        signals.PublishAsync(LivePostSignal.Name, JsonSerializer.Serialize(new LivePostSignal.Message(groupId, authorId, post)));

    /// <summary>Sends the post to the connections on this instance whose person may read the group and has not muted the author.</summary>
    public async Task DeliverHereAsync(Guid groupId, Guid authorId, LivePost post)
    {
        var channel = GroupHub.Channel(groupId);
        var watchers = connections.WatchersOf(channel);
        if (watchers.Count == 0) return;
        // Asked for every watcher when sending, in one query, as access can also end without
        // passing through RecheckAsync (a group closed, a facilitator or an admin stepping down).
        var readers = await DiscussionAccess.ReadersAmongAsync(db, groupId, watchers, clock.GetUtcNow());
        foreach (var userId in watchers.Where(w => !readers.Contains(w))) connections.StopWatching(userId, channel);
        var muting = await db.GroupMutes.Where(m => m.GroupId == groupId && m.MutedUserId == authorId).Select(m => m.UserId).ToListAsync();
        readers.ExceptWith(muting);
        var to = connections.ConnectionsOf(readers, channel);
        if (to.Count > 0) await hub.Clients.Clients(to).SendAsync("post", post);
    }

    /// <summary>Call after someone's membership ends: if they can no longer read the group, their open connections here stop hearing it now (elsewhere, at the next post).</summary>
    public async Task RecheckAsync(Guid groupId, Guid userId)
    {
        if (!await DiscussionAccess.CanReadAsync(db, groupId, userId, clock.GetUtcNow())) connections.StopWatching(userId, GroupHub.Channel(groupId));
    }
}

/// <summary>A post to deliver live, heard by every instance (see <see cref="ILiveSignals"/>).</summary>
public sealed class LivePostSignal : ILiveSignalHandler
{
    public const string Name = "group-post";

    public sealed record Message(Guid GroupId, Guid AuthorId, LivePost Post);

    public string Topic => Name;

    public async Task HandleAsync(IServiceProvider services, string payload)
    {
        var message = JsonSerializer.Deserialize<Message>(payload) ?? throw new JsonException("An empty live post signal");
        await services.GetRequiredService<LiveDiscussion>().DeliverHereAsync(message.GroupId, message.AuthorId, message.Post);
    }
}
