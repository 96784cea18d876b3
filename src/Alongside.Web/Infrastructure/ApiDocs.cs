using Scalar.AspNetCore;

namespace Alongside.Web.Infrastructure;

/// <summary>
/// The browsable API reference at <c>/api/docs</c> (Scalar) over the app's OpenAPI document. Every
/// asset comes from this app: Scalar's script is served from the package, its default fonts (a CDN)
/// telemetry, the AI chat and the developer toolbar (links to Scalar's services) are off, and there is no request proxy, so the page works with no internet and
/// sends nothing elsewhere. Its inline start-up script carries a fresh nonce that the page's
/// Content-Security-Policy names (<see cref="Security.SecurityHeaders"/>).
/// </summary>
public static class ApiDocs
{
    public const string Path = "/api/docs";

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapScalarApiReference(Path, o => o
                .WithTitle("Alongside API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .HideDeveloperTools()
                .WithNonce())
            .AllowAnonymous();
        return app;
    }

    /// <summary>The nonce Scalar put on this response's scripts, if it is the reference page.</summary>
    public static string? Nonce(HttpContext context) =>
        context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) ? nonce as string : null;
}
