using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Features.Account;

public sealed class RateLimitedApp : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("RateLimits:SignInPermitsPerMinute", "3")];
}

public sealed class SignInRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Rapid_sign_in_attempts_from_one_address_get_429()
    {
        var browser = app.NewBrowser();
        var token = Browser.Token(await browser.GetPageAsync("/account/sign-in"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = "someone@example.test",
                ["Input.Password"] = "a guess at a password",
            }));
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429, (HttpStatusCode)429], statuses);
        // Viewing the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sign-in")).StatusCode);
    }
}
