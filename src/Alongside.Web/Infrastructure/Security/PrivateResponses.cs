using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Keeps private answers out of browser, proxy and shared-computer caches: anything a signed-in
/// person is sent, the JSON API (a family's record holds a child's date of birth), file downloads,
/// and the secret-token addresses (calendar feeds, guest links) get <c>Cache-Control: no-store</c>.
/// Static files are served before sign-in is read, so they keep their caching, as do anonymous
/// pages and the public group search.
/// </summary>
public static class PrivateResponses
{
    public const string NoStore = "no-store";

    public static IApplicationBuilder UsePrivateResponses(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (IsPrivate(context)) context.Response.Headers.CacheControl = NoStore;
                return Task.CompletedTask;
            });
            await next();
        });

    public static bool IsPrivate(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true) return true;
        if (context.Response.Headers.ContainsKey(HeaderNames.ContentDisposition)) return true;
        var rateLimit = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        if (rateLimit == RateLimits.TokenLinks) return true;
        return context.Request.Path.StartsWithSegments("/api") && rateLimit != RateLimits.PublicApi;
    }
}
