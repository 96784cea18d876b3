using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure;

/// <summary>A wrong setting stops the app as it starts, naming the setting, instead of quietly doing something else.</summary>
public sealed class SettingsTests
{
    private sealed class MisconfiguredApp(string key, string value) : SqliteApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new(key, value)];
    }

    [Theory]
    [InlineData("Database:Provider", "Postgress", "Database:Provider must be Sqlite or Postgres")]
    [InlineData("App:PublicBaseUrl", "alongside.example", "App:PublicBaseUrl must be")]
    [InlineData("App:PublicBaseUrl", "", "App:PublicBaseUrl must be")]
    [InlineData("Email:Smtp:Port", "70000", "Email:Smtp:Port must be between 1 and 65535")]
    [InlineData("Email:Smtp:Security", "Sometimes", "Email:Smtp:Security must be")]
    [InlineData("Outbox:BatchSize", "0", "Outbox:BatchSize must be between 1 and 1000")]
    [InlineData("RateLimits:SignInPermitsPerMinute", "-1", "RateLimits:SignInPermitsPerMinute must be between")]
    [InlineData("Funding:AsgsfTherapyLimit", "-5", "Funding:AsgsfTherapyLimit must be between")]
    [InlineData("Discussion:PostsPerMinute", "0", "Discussion:PostsPerMinute must be between")]
    [InlineData("Risk:AcknowledgeWithinMinutes", "0", "Risk:AcknowledgeWithinMinutes must be between")]
    [InlineData("RateLimits:AddressPermitsPerMinute", "0", "RateLimits:AddressPermitsPerMinute must be between")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.example", "ForwardedHeaders:KnownProxies must hold IP addresses")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "ForwardedHeaders:KnownNetworks must hold networks")]
    [InlineData("ForwardedHeaders:ForwardLimit", "0", "ForwardedHeaders:ForwardLimit must be between 1 and 10")]
    public async Task A_wrong_setting_stops_the_app_at_start_with_the_settings_name(string key, string value, string message)
    {
        var app = new MisconfiguredApp(key, value);
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
            var all = string.Join(" | ", Chain(error).Select(e => e.Message));
            Assert.Contains(message, all, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
    }
}
