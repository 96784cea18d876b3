using System.Threading.RateLimiting;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Where the account-protecting limits count their one-minute windows (sign-in per address,
/// attempts per account, token links). Here, in this process; with Redis configured,
/// Infrastructure/Redis replaces it so that every instance draws on one budget (ADR 14).
/// </summary>
public interface IRateLimitWindows
{
    /// <summary>A limiter allowing <paramref name="permits"/> a minute for <paramref name="key"/>; ask it with <c>AcquireAsync</c>.</summary>
    RateLimiter PerMinute(string key, int permits);
}

/// <summary>One instance: each window is counted in this process, as ASP.NET Core does by itself.</summary>
public sealed class LocalRateLimitWindows : IRateLimitWindows
{
    public RateLimiter PerMinute(string key, int permits) => LocalWindow(permits);

    /// <summary>A fixed window in memory; also what a shared store falls back on while it is away.</summary>
    public static FixedWindowRateLimiter LocalWindow(int permits) => new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    });
}
