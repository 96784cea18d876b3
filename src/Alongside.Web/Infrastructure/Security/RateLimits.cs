using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Security;

public sealed class RateLimitOptions
{
    /// <summary>Sign-in, code and reset attempts allowed per account from one client address per minute before 429.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:SignInPermitsPerMinute must be between {1} and {2}")]
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>
    /// Sign-in, code, reset and registration posts per client address per minute, whatever the
    /// account: a brake on floods, loose enough for a whole office behind one address.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:AddressPermitsPerMinute must be between {1} and {2}")]
    public int AddressPermitsPerMinute { get; set; } = 100;

    /// <summary>Requests to secret-token addresses (calendar feeds, guest links) per client address per minute.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:TokenLinkPermitsPerMinute must be between {1} and {2}")]
    public int TokenLinkPermitsPerMinute { get; set; } = 60;

    /// <summary>Requests to the public group search API per client address per minute.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:PublicApiPermitsPerMinute must be between {1} and {2}")]
    public int PublicApiPermitsPerMinute { get; set; } = 120;
}

/// <summary>
/// The rate-limit policies, named here so that any feature can ask for one. Those that protect
/// accounts (<see cref="SignIn"/>, <see cref="TokenLinks"/>) count in <see cref="IRateLimitWindows"/>,
/// shared by all instances when Redis is configured; <see cref="PublicApi"/> stays per instance (ADR 14).
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    /// <summary>Addresses whose secret is a token in the URL (calendar feeds, guest links): guessing is slowed down.</summary>
    public const string TokenLinks = "token-links";

    /// <summary>Open JSON endpoints for other sites (the group search).</summary>
    public const string PublicApi = "public-api";

    public static IServiceCollection AddAlongsideRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IRateLimitWindows, LocalRateLimitWindows>();
        services.AddSingleton<AccountAttempts>();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only sign-in attempts count: showing the form is free.
            o.AddPolicy(SignIn, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? SharedPerAddressPerMinute(ctx, SignIn, options => options.AddressPermitsPerMinute)
                : RateLimitPartition.GetNoLimiter("view"));
            o.AddPolicy(TokenLinks, ctx => SharedPerAddressPerMinute(ctx, TokenLinks, options => options.TokenLinkPermitsPerMinute));
            // Open data, no account behind it: each instance brakes its own share.
            o.AddPolicy(PublicApi, ctx => PerAddressPerMinute(ctx, options => options.PublicApiPermitsPerMinute));
            o.OnRejected = async (ctx, token) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                // The API's refusal is left without a body, so its status page writes the problem details.
                if (ctx.HttpContext.Request.Path.StartsWithSegments("/api")) return;
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync(ctx.HttpContext.Request.Path.StartsWithSegments("/account")
                    ? "Too many sign-in attempts from here. Please wait a minute and try again."
                    : "Too many requests from here. Please wait a minute and try again.", token);
            };
        });
    }

    private static RateLimitPartition<string> PerAddressPerMinute(HttpContext ctx, Func<RateLimitOptions, int> permits)
    {
        var limit = permits(ctx.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.Get(Address(ctx), _ => LocalRateLimitWindows.LocalWindow(limit));
    }

    private static RateLimitPartition<string> SharedPerAddressPerMinute(HttpContext ctx, string policy, Func<RateLimitOptions, int> permits)
    {
        var limit = permits(ctx.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        var windows = ctx.RequestServices.GetRequiredService<IRateLimitWindows>();
        return RateLimitPartition.Get(Address(ctx), address => windows.PerMinute($"{policy}|{address}", limit));
    }

    private static string Address(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "local";
}
