using System.Security.Claims;
using System.Text.Json;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// SignalR lets any signed-in request use a connection by its token (the "id" in the query string
/// of polls, sends and the WebSocket request): ASP.NET Core only logs a warning when the user
/// changes, and a long poll from someone else then receives the first person's messages. This ties
/// each token to the person who negotiated it and answers 404, as for an unknown connection, to
/// anyone else. Put it on a hub's endpoints, after they require a signed-in user.
/// </summary>
public static class LiveConnectionOwnership
{
    public static TBuilder BindConnectionsToTheirUser<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate ?? throw new InvalidOperationException($"{endpoint.DisplayName} has no request delegate");
            endpoint.RequestDelegate = context => GuardAsync(context, inner);
        });
        return builder;
    }

    private static async Task GuardAsync(HttpContext context, RequestDelegate inner)
    {
        if (!Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var connections = context.RequestServices.GetRequiredService<ILiveConnections>();
        if (context.Request.Path.Value?.EndsWith("/negotiate", StringComparison.Ordinal) == true)
        {
            await NegotiateAsync(context, inner, connections, userId);
            return;
        }
        // No token: a WebSocket opened without negotiating, a new connection that the hub binds when it starts.
        var token = context.Request.Query["id"].ToString();
        if (token.Length > 0 && !connections.TokenBelongsTo(token, userId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await inner(context);
    }

    /// <summary>Reads the token SignalR hands out (a small JSON answer) and records whose it is.</summary>
    private static async Task NegotiateAsync(HttpContext context, RequestDelegate inner, ILiveConnections connections, Guid userId)
    {
        var body = context.Response.Body;
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        try
        {
            await inner(context);
        }
        finally
        {
            context.Response.Body = body;
        }
        if (context.Response.StatusCode == StatusCodes.Status200OK && answer.Length > 0)
        {
            answer.Position = 0;
            using var json = await JsonDocument.ParseAsync(answer, cancellationToken: context.RequestAborted);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("connectionId", out var id) && id.GetString() is { Length: > 0 } connectionId)
            {
                // Clients of protocol version 0 use the connection id itself as the token.
                var token = json.RootElement.TryGetProperty("connectionToken", out var t) && t.GetString() is { Length: > 0 } given ? given : connectionId;
                connections.Negotiated(token, connectionId, userId);
            }
        }
        answer.Position = 0;
        await answer.CopyToAsync(body, context.RequestAborted);
    }
}
