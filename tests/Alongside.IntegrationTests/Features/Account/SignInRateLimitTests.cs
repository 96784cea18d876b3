using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Features.Account;

public sealed class RateLimitedApp : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("RateLimits:SignInPermitsPerMinute", "3"), new("RateLimits:AddressPermitsPerMinute", "8")];
}

public sealed class SignInRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    private static async Task<HttpStatusCode> TryAsync(HttpClient browser, string token, string email) =>
        (await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = "a guess at a password",
        }))).StatusCode;

    [Fact]
    public async Task Rapid_attempts_on_one_account_get_429_while_a_colleague_behind_the_same_address_still_signs_in_until_the_flood_brake()
    {
        var browser = app.NewBrowser();
        var token = Browser.Token(await browser.GetPageAsync("/account/sign-in"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add(await TryAsync(browser, token, "someone@example.test"));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429, (HttpStatusCode)429], statuses);

        // Another account from the same address has its own count (an office shares one address)...
        Assert.Equal(HttpStatusCode.OK, await TryAsync(browser, token, "colleague@example.test"));
        Assert.Equal(HttpStatusCode.OK, await TryAsync(browser, token, "Colleague@Example.test "));
        // ...but the address as a whole is still braked (8 posts a minute here).
        Assert.Equal(HttpStatusCode.OK, await TryAsync(browser, token, "third@example.test"));
        Assert.Equal((HttpStatusCode)429, await TryAsync(browser, token, "fourth@example.test"));
        // Viewing the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sign-in")).StatusCode);
    }
}
