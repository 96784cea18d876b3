using Microsoft.AspNetCore.SignalR;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Who each open live (SignalR) connection belongs to and which channels it watches, so that a
/// connection serves only the person who opened it and access can be taken away at once: when
/// they sign out, or lose the right to read a channel. In memory, one per server, as the
/// connections themselves are.
/// </summary>
public interface ILiveConnections
{
    /// <summary>Negotiation handed out this transport token (the "id" of later requests) to this person.</summary>
    void Negotiated(string token, string connectionId, Guid userId);

    /// <summary>Whether the token was handed out to this person, and is still in use.</summary>
    bool TokenBelongsTo(string token, Guid userId);

    void Connected(HubCallerContext connection, Guid userId);

    void Disconnected(string connectionId);

    bool BelongsTo(string connectionId, Guid userId);

    /// <summary>Records that the connection watches the channel; false for a connection not known here.</summary>
    bool Watch(string connectionId, string channel);

    void Unwatch(string connectionId, string channel);

    /// <summary>The people with a connection watching the channel.</summary>
    IReadOnlyList<Guid> WatchersOf(string channel);

    /// <summary>The ids of the people's connections watching the channel: the ones a send goes to.</summary>
    IReadOnlyList<string> ConnectionsOf(IReadOnlyCollection<Guid> userIds, string channel);

    /// <summary>Forgets the person's connections on the channel: they hear nothing more from it.</summary>
    void StopWatching(Guid userId, string channel);

    /// <summary>Closes every open live connection the person has on this instance; returns how many.</summary>
    int DisconnectUser(Guid userId);

    /// <summary>Closes the person's live connections on every instance (they signed out, or their sessions ended).</summary>
    Task DisconnectUserEverywhereAsync(Guid userId);
}

public sealed class LiveConnections(ILiveSignals signals) : ILiveConnections
{
    /// <summary>A negotiated token whose connection never started is forgotten after this long.</summary>
    private const long UnusedTokenMilliseconds = 10 * 60 * 1000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Open> _open = [];
    private readonly Dictionary<string, Token> _tokens = [];

    private sealed record Open(Guid UserId, HubCallerContext Context, HashSet<string> Channels);

    private sealed record Token(string ConnectionId, Guid UserId, long At);

    public void Negotiated(string token, string connectionId, Guid userId)
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            foreach (var stale in _tokens.Where(t => !_open.ContainsKey(t.Value.ConnectionId) && now - t.Value.At > UnusedTokenMilliseconds).Select(t => t.Key).ToList())
            {
                _tokens.Remove(stale);
            }
            _tokens[token] = new Token(connectionId, userId, now);
        }
    }

    public bool TokenBelongsTo(string token, Guid userId)
    {
        lock (_gate) return _tokens.TryGetValue(token, out var t) && t.UserId == userId;
    }

    public void Connected(HubCallerContext connection, Guid userId)
    {
        lock (_gate) _open[connection.ConnectionId] = new Open(userId, connection, []);
    }

    public void Disconnected(string connectionId)
    {
        lock (_gate)
        {
            _open.Remove(connectionId);
            foreach (var token in _tokens.Where(t => t.Value.ConnectionId == connectionId).Select(t => t.Key).ToList()) _tokens.Remove(token);
        }
    }

    public bool BelongsTo(string connectionId, Guid userId)
    {
        lock (_gate) return _open.TryGetValue(connectionId, out var open) && open.UserId == userId;
    }

    public bool Watch(string connectionId, string channel)
    {
        lock (_gate)
        {
            if (!_open.TryGetValue(connectionId, out var open)) return false;
            open.Channels.Add(channel);
            return true;
        }
    }

    public void Unwatch(string connectionId, string channel)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(connectionId, out var open)) open.Channels.Remove(channel);
        }
    }

    public IReadOnlyList<Guid> WatchersOf(string channel)
    {
        lock (_gate) return _open.Values.Where(o => o.Channels.Contains(channel)).Select(o => o.UserId).Distinct().ToList();
    }

    public IReadOnlyList<string> ConnectionsOf(IReadOnlyCollection<Guid> userIds, string channel)
    {
        lock (_gate) return _open.Where(o => userIds.Contains(o.Value.UserId) && o.Value.Channels.Contains(channel)).Select(o => o.Key).ToList();
    }

    public void StopWatching(Guid userId, string channel)
    {
        lock (_gate)
        {
            foreach (var open in _open.Values.Where(o => o.UserId == userId)) open.Channels.Remove(channel);
        }
    }

    public int DisconnectUser(Guid userId)
    {
        List<HubCallerContext> contexts;
        lock (_gate)
        {
            contexts = _open.Values.Where(o => o.UserId == userId).Select(o => o.Context).ToList();
            // Tokens not yet used by a connection go too, so none can be started after signing out.
            foreach (var token in _tokens.Where(t => t.Value.UserId == userId).Select(t => t.Key).ToList()) _tokens.Remove(token);
        }
        // Abort ends the connection from the server's side; the hub's OnDisconnectedAsync then forgets it.
        foreach (var context in contexts) context.Abort();
        return contexts.Count;
    }

    public async Task DisconnectUserEverywhereAsync(Guid userId)
    {
        // Here at once; the signal reaches the other instances (and, harmlessly, this one again).
        DisconnectUser(userId);
        await signals.PublishAsync(SignedOutSignal.Name, userId.ToString());
    }
}
