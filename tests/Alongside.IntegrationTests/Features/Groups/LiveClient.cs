using System.Net;
using System.Threading.Channels;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups.Discussion;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Alongside.IntegrationTests.Features.Groups;

/// <summary>
/// A browser's live connection to group discussion, through the real SignalR client (long polling
/// over the test server). It carries the session cookie as it was when it connected, as an open
/// WebSocket does: signing out in the browser does not take it away, so only the server can end it.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly Channel<LivePost> _posts = Channel.CreateUnbounded<LivePost>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HubConnection _connection;
    private string? _token;

    private LiveClient(AlongsideApp app, string cookie)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri("https://localhost/hubs/groups"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
                o.HttpMessageHandlerFactory = _ => new TokenWatcher(app.Server.CreateHandler(), token => _token ??= token);
            })
            .Build();
        _connection.On<LivePost>("post", post => _posts.Writer.TryWrite(post));
        _connection.Closed += _ =>
        {
            _closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    /// <summary>The transport token ("id") this connection's polls carry: only its owner may use it.</summary>
    public string Token => _token ?? throw new InvalidOperationException("Not connected");

    public HubConnectionState State => _connection.State;

    public static async Task<LiveClient> ConnectAsync(AlongsideApp app, CookieContainer cookies)
    {
        var live = new LiveClient(app, cookies.GetCookieHeader(new Uri("https://localhost")));
        await live._connection.StartAsync();
        return live;
    }

    public Task<bool> WatchAsync(Guid groupId) => _connection.InvokeAsync<bool>("Watch", groupId);

    /// <summary>The next post sent to this connection, within a few seconds.</summary>
    public async Task<LivePost> NextPostAsync()
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _posts.Reader.ReadAsync(wait.Token);
    }

    /// <summary>Posts that have arrived and not been read yet.</summary>
    public List<LivePost> Received()
    {
        var posts = new List<LivePost>();
        while (_posts.Reader.TryRead(out var post)) posts.Add(post);
        return posts;
    }

    /// <summary>Whether the server closed the connection within a few seconds.</summary>
    public async Task<bool> ClosedAsync() => await Task.WhenAny(_closed.Task, Task.Delay(TimeSpan.FromSeconds(10))) == _closed.Task;

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>Notes the "id" the client's requests carry after negotiating.</summary>
    private sealed class TokenWatcher(HttpMessageHandler inner, Action<string> seen) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var id = Html.QueryValue(request.RequestUri?.PathAndQuery ?? "", "id");
            if (id.Length > 0) seen(id);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
