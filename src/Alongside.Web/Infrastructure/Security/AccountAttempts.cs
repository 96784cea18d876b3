using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Attempts against one account from one address (sign-in, two-factor code, password reset), so
/// that one person's failures behind a shared office address do not lock out their colleagues.
/// The per-address policy in <see cref="RateLimits"/> stays as a looser brake on floods. Counted in
/// <see cref="IRateLimitWindows"/>: shared by every instance when Redis is configured (ADR 14).
/// The account is kept only as a hash in the key, so no email address lands in Redis.
/// </summary>
public sealed class AccountAttempts(IOptions<RateLimitOptions> options, IRateLimitWindows windows) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.Get(key, k => windows.PerMinute(k, options.Value.SignInPermitsPerMinute)));

    /// <summary>True when this attempt may go ahead; <paramref name="account"/> is an email or user id.</summary>
    public async Task<bool> TryAttemptAsync(HttpContext http, string kind, string? account)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "local";
        var hashed = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes((account ?? "").Trim().ToUpperInvariant())))[..32];
        using var lease = await limiter.AcquireAsync($"account|{kind}|{address}|{hashed}", 1, http.RequestAborted);
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
