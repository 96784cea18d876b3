using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Keeps private answers out of browser, proxy and shared-computer caches: anything a signed-in
/// person is sent, the JSON API (a family's record holds a child's date of birth), file downloads,
/// the secret-token addresses (calendar feeds, guest links), and the answer to any form post
/// (a form shown again with its errors holds what was typed) get <c>Cache-Control: no-store</c>.
/// An anonymous page that shows someone's details from a link (an invitation, a password reset)
/// says so itself with <c>[ResponseCache(NoStore = true)]</c>. A policy that already says no-store
/// is left as it is. Static files are served before sign-in is read, so they keep their caching,
/// as do anonymous pages and the public group search.
/// </summary>
public static class PrivateResponses
{
    public const string NoStore = "no-store";

    public static IApplicationBuilder UsePrivateResponses(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (IsPrivate(context) && !SaysNoStore(context.Response)) context.Response.Headers.CacheControl = NoStore;
                return Task.CompletedTask;
            });
            await next();
        });

    public static bool IsPrivate(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true) return true;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return true;
        if (context.Response.Headers.ContainsKey(HeaderNames.ContentDisposition)) return true;
        var rateLimit = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        if (rateLimit == RateLimits.TokenLinks) return true;
        return context.Request.Path.StartsWithSegments("/api") && rateLimit != RateLimits.PublicApi;
    }

    private static bool SaysNoStore(HttpResponse response) =>
        CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var policy) && policy.NoStore;
}
