using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure;

public sealed class SecurityHeadersTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_security_headers()
    {
        var response = await app.NewBrowser().GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain(" style=\"", html);
    }

    [Fact]
    public async Task Hsts_is_sent_outside_development()
    {
        // HSTS is never sent to localhost, so ask as the public host would be asked.
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://alongside.example") });
        var response = await client.GetAsync("/");
        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_secure_and_same_site_lax()
    {
        var (parent, _) = await app.CreateParentAsync();
        var response = await app.NewBrowser().PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = parent.Email,
            ["Input.Password"] = parent.Password,
        });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("alongside.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("secure", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    [Fact]
    public async Task Unknown_addresses_get_a_friendly_404_page_without_details()
    {
        var response = await app.NewBrowser().GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
        Assert.Contains("<title>Page not found – Alongside</title>", html);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var email = People.NewEmail("csrf");
        var response = await app.NewBrowser().PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Eve",
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Something in that request was not right", await response.Content.ReadAsStringAsync());
    }
}
