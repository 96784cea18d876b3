namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Something every running instance must act on for the live connections it holds: a person
/// signed out, a group post to deliver. Each instance knows only its own connections, so the
/// signal goes to all of them and each acts on its own. One instance handles it here at once;
/// with Redis configured every instance hears it (Infrastructure/Redis, ADR 13).
/// </summary>
public interface ILiveSignals
{
    Task PublishAsync(string topic, string payload);
}

/// <summary>Acts on one topic's signals for the connections on this instance, in a scope of its own.</summary>
public interface ILiveSignalHandler
{
    string Topic { get; }

    Task HandleAsync(IServiceProvider services, string payload);
}

public static class LiveSignalDispatch
{
    public static async Task HandleAsync(IServiceScopeFactory scopes, IEnumerable<ILiveSignalHandler> handlers, string topic, string payload)
    {
        foreach (var handler in handlers.Where(h => h.Topic == topic))
        {
            await using var scope = scopes.CreateAsyncScope();
            await handler.HandleAsync(scope.ServiceProvider, payload);
        }
    }
}

/// <summary>One instance: every connection is here, so a signal is handled at once.</summary>
public sealed class LocalLiveSignals(IServiceScopeFactory scopes, IEnumerable<ILiveSignalHandler> handlers) : ILiveSignals
{
    public Task PublishAsync(string topic, string payload) => LiveSignalDispatch.HandleAsync(scopes, handlers, topic, payload);
}

/// <summary>A person signed out (or lost their sessions) somewhere: close their live connections here.</summary>
public sealed class SignedOutSignal : ILiveSignalHandler
{
    public const string Name = "signed-out";

    public string Topic => Name;

    public Task HandleAsync(IServiceProvider services, string payload)
    {
        if (Guid.TryParse(payload, out var userId)) services.GetRequiredService<ILiveConnections>().DisconnectUser(userId);
        return Task.CompletedTask;
    }
}
