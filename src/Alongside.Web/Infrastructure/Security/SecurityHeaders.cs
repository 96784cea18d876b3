namespace Alongside.Web.Infrastructure.Security;

public static class SecurityHeaders
{
    // No inline script or style anywhere: every script and stylesheet is a file we serve.
    // img-src allows data: for the two-factor QR code, which is rendered server-side.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; " +
        "base-uri 'self'; object-src 'none'";

    /// <summary>Map tiles are the one thing loaded from elsewhere, and only on the group search page.</summary>
    public const string MapTileHost = "https://tile.openstreetmap.org";

    public static readonly string MapPagePolicy = ContentSecurityPolicy.Replace("img-src 'self' data:", $"img-src 'self' data: {MapTileHost}", StringComparison.Ordinal);

    /// <summary>
    /// The API reference page (<c>/api/docs</c>): its one inline script is allowed by the nonce Scalar
    /// gives it, and its components set styles at run time, so style attributes and elements are
    /// allowed there, and only there. Everything still loads from this site.
    /// </summary>
    public const string ApiDocsPath = "/api/docs";

    public static string ApiDocsPolicy(string nonce) => ContentSecurityPolicy
        .Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
        .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);

    /// <summary>The nonce Scalar put on this response's scripts, when it is the reference page.</summary>
    private static string? ApiDocsNonce(HttpContext context) =>
        context.Items.TryGetValue(Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey, out var nonce) ? nonce as string : null;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.Equals("/groups", StringComparison.OrdinalIgnoreCase) ? MapPagePolicy
                    : context.Request.Path.StartsWithSegments(ApiDocsPath) && ApiDocsNonce(context) is { } nonce ? ApiDocsPolicy(nonce)
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
                return Task.CompletedTask;
            });
            await next();
        });
}
