using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Alongside.Web.Infrastructure.Redis;

/// <summary>
/// Redis, when <c>Redis:Configuration</c> is set: the SignalR backplane, the live signals that
/// carry group posts and sign-outs to every instance (<see cref="RedisLiveSignals"/>), the
/// account-protecting rate limits shared by every instance (<see cref="RedisRateLimitWindows"/>), and a
/// <c>redis</c> check on <c>/health/ready</c>. Without it Alongside runs as one instance and needs
/// no Redis (ADR 13).
/// </summary>
public static class RedisSetup
{
    public const string ChannelPrefix = "alongside";

    public static WebApplicationBuilder AddAlongsideRedis(this WebApplicationBuilder builder)
    {
        // Read now: whether there is a backplane decides which SignalR services are registered.
        var configuration = builder.Configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(configuration)) return builder;

        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Redis:Configuration could not be read: {e.Message}", e);
        }
        // Start even while Redis is away; the ready check says so and the client keeps reconnecting.
        options.AbortOnConnectFail = false;
        options.ChannelPrefix = RedisChannel.Literal(ChannelPrefix);

        var services = builder.Services;
        services.AddSingleton(new RedisConnection(options));
        services.AddSignalR().AddStackExchangeRedis(o => o.Configuration = options);
        // One multiplexer for the backplane and the health check.
        services.AddOptions<RedisOptions>()
            .Configure<RedisConnection>((o, connection) => o.ConnectionFactory = _ => connection.GetAsync());
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        // Sign-outs and live posts reach every instance's connections, not only the sender's.
        services.AddSingleton<RedisLiveSignals>();
        services.Replace(ServiceDescriptor.Singleton<ILiveSignals>(sp => sp.GetRequiredService<RedisLiveSignals>()));
        services.AddHostedService(sp => sp.GetRequiredService<RedisLiveSignals>());
        // Sign-in, account and token-link limits count once for all instances (ADR 14).
        services.Replace(ServiceDescriptor.Singleton<IRateLimitWindows, RedisRateLimitWindows>());
        return builder;
    }
}

/// <summary>The app's one connection to Redis, made on first use.</summary>
public sealed class RedisConnection(ConfigurationOptions options) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection =
        new(async () => await ConnectionMultiplexer.ConnectAsync(options));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated) await (await _connection.Value).DisposeAsync();
    }
}

/// <summary>Healthy when Redis answers a PING within two seconds.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await redis.GetAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            if (!connection.IsConnected) return HealthCheckResult.Unhealthy("Redis is not connected");
            await connection.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis did not answer", e);
        }
    }
}
