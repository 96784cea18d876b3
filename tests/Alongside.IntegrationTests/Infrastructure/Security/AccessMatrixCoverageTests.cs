using System.Reflection;
using System.Text.RegularExpressions;
using Alongside.IntegrationTests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Infrastructure.Security;

/// <summary>
/// The access matrix names exactly what the app maps: every page handler (as Razor Pages finds
/// them on the page model), every other endpoint by method, and every hub method. A new endpoint
/// fails here until it has a row; so does a row whose endpoint is gone.
/// </summary>
public sealed partial class AccessMatrixCoverageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Every_endpoint_the_app_maps_has_a_row_and_every_row_is_mapped()
    {
        _ = app.Server; // start the app so every endpoint is built
        var mapped = await MappedAsync(app.Services);
        Assert.True(mapped.Count > 100, $"Expected every page handler, API endpoint and hub method, found {mapped.Count}");
        var rows = AccessMatrix.Rows.Select(r => r.Endpoint).ToHashSet();

        var missing = mapped.Except(rows).Order(StringComparer.Ordinal).ToList();
        var gone = rows.Except(mapped).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && gone.Count == 0,
            (missing.Count > 0 ? "Mapped but not in AccessMatrix (add a row saying who may use it):\n  " + string.Join("\n  ", missing) + "\n" : "")
            + (gone.Count > 0 ? "In AccessMatrix but no longer mapped (remove the row):\n  " + string.Join("\n  ", gone) : ""));
    }

    /// <summary>"GET /route", "POST /route?handler=Name", "HUB /route Method", as the table writes them.</summary>
    private static async Task<HashSet<string>> MappedAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = Route(endpoint.RoutePattern.RawText ?? "");
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                if (compiled.HandlerMethods.Count == 0) found.Add($"GET {route}"); // a page with no model answers GET
                foreach (var handler in compiled.HandlerMethods)
                {
                    found.Add($"{handler.HttpMethod.ToUpperInvariant()} {route}{(handler.Name is null ? "" : "?handler=" + handler.Name)}");
                }
            }
            else if (endpoint.Metadata.GetMetadata<HubMetadata>() is { } hub)
            {
                if (endpoint.Metadata.GetMetadata<NegotiateMetadata>() is not null) found.Add($"POST {route}");
                else foreach (var method in HubMethods(hub.HubType)) found.Add($"HUB {route} {method}");
            }
            else
            {
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]) found.Add($"{method} {route}");
            }
        }
        return found;
    }

    /// <summary>The methods a client may invoke: public methods the hub declares, but not the connection events.</summary>
    private static IEnumerable<string> HubMethods(Type hub) =>
        hub.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object) && m.DeclaringType != typeof(Hub) && m.GetBaseDefinition().DeclaringType != typeof(Hub))
            .Select(m => m.Name);

    /// <summary>A route as the table writes it: a leading slash, parameters without their constraints.</summary>
    private static string Route(string raw) => "/" + Constraint().Replace(raw.TrimStart('/'), "{$1$2}");

    [GeneratedRegex(@"\{([^}:?]+)(?::[^}?]+)?(\??)\}")]
    private static partial Regex Constraint();
}
