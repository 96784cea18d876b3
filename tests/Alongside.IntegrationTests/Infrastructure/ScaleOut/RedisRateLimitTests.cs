using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure.ScaleOut;

/// <summary>
/// When Redis stops answering, the account limits still hold, counted by this instance alone: a
/// sign-in is never a 500 because of Redis, and never unlimited either (ADR 14).
/// </summary>
public sealed class RedisRateLimitTests
{
    private sealed class RedisApp(string configuration) : SqliteApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Redis:Configuration", configuration),
            new("RateLimits:SignInPermitsPerMinute", "2"),
        ];
    }

    [Fact]
    public async Task Once_Redis_stops_sign_in_attempts_are_counted_by_the_instance_instead_of_failing()
    {
        var redis = await RedisServer.StartAsync();
        var app = new RedisApp(redis.Configuration);
        var stopped = false;
        try
        {
            var browser = app.NewBrowser();
            var token = Browser.Token(await browser.GetPageAsync("/account/sign-in"));
            async Task<HttpStatusCode> TryAsync() =>
                (await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["Input.Email"] = "someone@example.test",
                    ["Input.Password"] = "a guess at a password",
                }))).StatusCode;

            Assert.Equal(HttpStatusCode.OK, await TryAsync()); // counted in Redis
            await redis.DisposeAsync();
            stopped = true;

            // This instance's own window starts empty: two more, then refused.
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], [await TryAsync(), await TryAsync(), await TryAsync()]);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
            if (!stopped) await redis.DisposeAsync();
        }
    }
}
