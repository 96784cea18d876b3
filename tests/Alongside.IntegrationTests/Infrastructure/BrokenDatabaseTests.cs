using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure;

/// <summary>The app with a database it cannot open: it must say so plainly, never with details.</summary>
public sealed class BrokenDatabaseApp : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Database:MigrateOnStartup", "false"),
        new("ConnectionStrings:Alongside", "Data Source=/proc/no-such-folder/alongside.db"),
    ];
}

public sealed class BrokenDatabaseTests(BrokenDatabaseApp app) : IClassFixture<BrokenDatabaseApp>
{
    [Fact]
    public async Task Ready_check_fails_when_the_database_cannot_be_reached_while_live_stays_up()
    {
        var client = app.NewBrowser();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_failure_inside_a_request_shows_the_friendly_500_page_with_no_stack_trace()
    {
        // A page with a form fails inside the request: the keys that sign its form token are in the database.
        var response = await app.NewBrowser().GetAsync("/account/forgot-password");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(" at Alongside", html);
    }
}
