using Scalar.AspNetCore;

namespace Alongside.Web.Infrastructure.Api;

/// <summary>
/// The browsable API reference at <c>/api/docs</c> (Scalar) over the app's OpenAPI document. Every
/// asset comes from this app: Scalar's script is served from the package; its default fonts (a CDN),
/// telemetry, AI chat and developer toolbar (links to Scalar's services) are off, and there is no
/// request proxy, so the page works with no internet and sends nothing elsewhere. Its inline start-up script carries a fresh nonce that the page's
/// Content-Security-Policy names (<see cref="Security.SecurityHeaders"/>).
/// </summary>
public static class ApiDocs
{
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapScalarApiReference(Security.SecurityHeaders.ApiDocsPath, o => o
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
}
