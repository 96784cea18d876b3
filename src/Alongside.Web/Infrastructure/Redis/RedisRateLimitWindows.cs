using System.Threading.RateLimiting;
using Alongside.Web.Infrastructure.Security;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Alongside.Web.Infrastructure.Redis;

/// <summary>
/// The account-protecting rate limits counted in Redis (RedisRateLimiting's fixed window, one Lua
/// script a request), so that N instances share one budget instead of N. While Redis does not
/// answer within two seconds each instance counts on its own, as without Redis, and says so once
/// in the log: a sign-in never fails because Redis is away, and is never unlimited either (ADR 14).
/// </summary>
public sealed class RedisRateLimitWindows(RedisConnection redis, ILogger<RedisRateLimitWindows> logger) : IRateLimitWindows
{
    public const string KeyPrefix = "alongside:rate:";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);
    private int _away;

    public RateLimiter PerMinute(string key, int permits) => new SharedWindow(this, KeyPrefix + key, permits);

    private async ValueTask<RateLimitLease?> TrySharedAsync(Func<IConnectionMultiplexer, RateLimiter> shared, int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            var connection = await redis.GetAsync().WaitAsync(Patience, cancellationToken);
            var lease = await shared(connection).AcquireAsync(permitCount, cancellationToken).AsTask().WaitAsync(Patience, cancellationToken);
            if (Interlocked.Exchange(ref _away, 0) == 1) logger.LogInformation("Redis answers again: rate limits are shared by every instance once more");
            return lease;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            if (Interlocked.Exchange(ref _away, 1) == 0)
            {
                logger.LogWarning(e, "Redis did not answer a rate-limit count: each instance counts its own attempts until it does");
            }
            return null;
        }
    }

    /// <summary>One key's window: in Redis, or in this process while Redis is away.</summary>
    private sealed class SharedWindow(RedisRateLimitWindows owner, string key, int permits) : RateLimiter
    {
        private readonly FixedWindowRateLimiter _fallback = LocalRateLimitWindows.LocalWindow(permits);
        private RedisFixedWindowRateLimiter<string>? _shared;
        private long _lastUsed = Environment.TickCount64;

        // Forgotten once idle a while, unless this process is still counting a window of its own.
        public override TimeSpan? IdleDuration => _fallback.IdleDuration is null
            ? null
            : TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

        public override RateLimiterStatistics? GetStatistics() => _fallback.GetStatistics();

        // Counting in Redis needs a round trip, so the synchronous attempt always defers to AcquireAsync.
        protected override RateLimitLease AttemptAcquireCore(int permitCount) => Refused.Instance;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
            var lease = await owner.TrySharedAsync(Shared, permitCount, cancellationToken);
            return lease ?? await _fallback.AcquireAsync(permitCount, cancellationToken);
        }

        private RedisFixedWindowRateLimiter<string> Shared(IConnectionMultiplexer connection) =>
            _shared ??= new RedisFixedWindowRateLimiter<string>(key, new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => connection,
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
            });

        protected override void Dispose(bool disposing)
        {
            if (disposing) _fallback.Dispose();
            base.Dispose(disposing);
        }
    }

    private sealed class Refused : RateLimitLease
    {
        public static readonly Refused Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
