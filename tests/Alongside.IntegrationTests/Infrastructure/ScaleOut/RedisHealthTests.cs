using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure.ScaleOut;

/// <summary>With Redis configured, /health/ready answers for it as well as for the database.</summary>
public sealed class RedisHealthTests
{
    private sealed class RedisApp(string configuration) : SqliteApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Redis:Configuration", configuration)];
    }

    [Fact]
    public async Task Ready_with_Redis_answering()
    {
        await using var redis = await RedisServer.StartAsync();
        await WithAppAsync(redis.Configuration, async client =>
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode));
    }

    [Fact]
    public Task Not_ready_when_the_configured_Redis_does_not_answer_while_live_stays_up() =>
        WithAppAsync($"127.0.0.1:{RedisServer.FreePort()},connectTimeout=500,asyncTimeout=500", async client =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
            // Long enough for the live signals' subscription to have failed several times: the app stays up.
            await Task.Delay(TimeSpan.FromSeconds(4));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        });

    [Fact]
    public async Task Not_ready_once_Redis_stops()
    {
        var redis = await RedisServer.StartAsync();
        await WithAppAsync(redis.Configuration, async client =>
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            await redis.DisposeAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        });
    }

    private static async Task WithAppAsync(string redisConfiguration, Func<HttpClient, Task> check)
    {
        var app = new RedisApp(redisConfiguration);
        try
        {
            await check(app.NewBrowser());
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
