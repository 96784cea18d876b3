using Microsoft.AspNetCore.SignalR;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// Live discussion: a member's browser watches a group and is sent each post as it becomes
/// visible. Posting goes through the page's form, so it works the same with or without script.
/// Each connection is bound to the person who opened it (<see cref="ILiveConnections"/>).
/// </summary>
public sealed class GroupHub(AlongsideDbContext db, ILiveConnections connections, TimeProvider clock) : Hub
{
    public static string Channel(Guid groupId) => $"group:{groupId:N}";

    public override Task OnConnectedAsync()
    {
        connections.Connected(Context, Caller);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Disconnected(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Starts sending this group's new posts to the caller, if they are a member or run it now.</summary>
    public async Task<bool> Watch(Guid groupId)
    {
        var me = Caller;
        if (!connections.BelongsTo(Context.ConnectionId, me))
        {
            Context.Abort();
            return false;
        }
        if (!await DiscussionAccess.CanReadAsync(db, groupId, me, clock.GetUtcNow())) return false;
        var channel = Channel(groupId);
        connections.Watch(Context.ConnectionId, channel);
        // Asked again once watching: a removal that happened since the first answer either found
        // this connection in the registry and took it out, or is seen here.
        if (await DiscussionAccess.CanReadAsync(db, groupId, me, clock.GetUtcNow())) return true;
        connections.Unwatch(Context.ConnectionId, channel);
        return false;
    }

    /// <summary>The person on this request; the hub requires a signed-in user.</summary>
    private Guid Caller => (Context.User ?? throw new HubException("Sign in first")).Id();
}

/// <summary>A post as a live page shows it: text only, put into the page as text, never as HTML.</summary>
/// <remarks><see cref="TopicId"/> lets a topic's page add only its own posts; <see cref="Facilitator"/> marks a facilitator's post.</remarks>
public sealed record LivePost(Guid Id, Guid TopicId, string Author, bool Facilitator, string Body, string PostedAt);
