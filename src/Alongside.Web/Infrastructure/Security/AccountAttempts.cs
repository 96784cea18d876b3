using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Attempts against one account from one address (sign-in, two-factor code, password reset), so
/// that one person's failures behind a shared office address do not lock out their colleagues.
/// The per-address policy in <see cref="RateLimits"/> stays as a looser brake on floods.
/// Kept per instance; ADR 8's shared session store is the model if instances must agree.
/// </summary>
public sealed class AccountAttempts(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInPermitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when this attempt may go ahead; <paramref name="account"/> is an email or user id.</summary>
    public bool TryAttempt(HttpContext http, string kind, string? account)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "local";
        var key = $"{kind}|{address}|{(account ?? "").Trim().ToUpperInvariant()}";
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    /// <summary>The answer when an attempt is refused: 429, with when to try again.</summary>
    public static IActionResult TooMany(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "60";
        return new ContentResult
        {
            StatusCode = StatusCodes.Status429TooManyRequests,
            ContentType = "text/plain; charset=utf-8",
            Content = "Too many attempts for this account from here. Please wait a minute and try again.",
        };
    }

    public void Dispose() => limiter.Dispose();
}
