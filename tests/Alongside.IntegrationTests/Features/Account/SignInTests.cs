using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Features.Account;

public abstract class SignInTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await browser.PostFormAsync("/account/sign-in", Credentials(parent.Email, "not the password at all"));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await browser.PostFormAsync("/account/sign-in", Credentials(parent.Email, parent.Password));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked for 15 minutes", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/family")).StatusCode);
    }

    [Fact]
    public async Task Wrong_password_gives_one_message_that_does_not_say_which_part_was_wrong()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        var unknown = await (await browser.PostFormAsync("/account/sign-in", Credentials(People.NewEmail("nobody"), "whatever it is here"))).Content.ReadAsStringAsync();
        var wrong = await (await browser.PostFormAsync("/account/sign-in", Credentials(parent.Email, "whatever it is here"))).Content.ReadAsStringAsync();
        Assert.Contains("Enter a correct email address and password", unknown);
        Assert.Contains("Enter a correct email address and password", wrong);
    }

    [Fact]
    public async Task Forgotten_password_link_by_email_sets_a_new_password()
    {
        var (parent, _) = await app.CreateParentAsync();
        var elsewhere = app.NewBrowser(); // perhaps someone who knew the old password
        await elsewhere.SignInAsync(parent);
        var browser = app.NewBrowser();
        var sent = await browser.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = parent.Email });
        Assert.Contains("Check your email", await sent.Content.ReadAsStringAsync());

        var mail = await app.Mail.WaitForAsync(parent.Email, "Reset your Alongside password");
        var link = Browser.FirstLink(mail.TextBody, "/account/reset-password");
        var reset = await browser.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "a brand new lantern phrase",
            ["Email"] = parent.Email,
            ["Code"] = System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + link).Query)["code"]!,
        });
        Assert.Contains("Your password has been changed", await reset.Content.ReadAsStringAsync());
        Assert.StartsWith("/account/sign-in", Browser.Location(await elsewhere.GetAsync("/family")));
        await browser.SignInAsync(parent with { Password = "a brand new lantern phrase" });

        // The same link cannot be used twice.
        var again = await app.NewBrowser().PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "yet another phrase here",
            ["Email"] = parent.Email,
            ["Code"] = System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + link).Query)["code"]!,
        });
        Assert.Contains("expired or been used", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forgotten_password_for_an_unknown_email_answers_the_same_and_sends_nothing()
    {
        var email = People.NewEmail("ghost");
        var response = await app.NewBrowser().PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Contains("Check your email", await response.Content.ReadAsStringAsync());
        await Task.Delay(500);
        Assert.DoesNotContain(app.Mail.Received, m => m.To.ToString().Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_forged_host_header_cannot_point_a_reset_link_elsewhere()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        browser.DefaultRequestHeaders.Host = "attacker.example";
        await browser.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = parent.Email });

        var mail = await app.Mail.WaitForAsync(parent.Email, "Reset your Alongside password");
        Assert.Contains("https://alongside.test/account/reset-password?", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://alongside.test/account/reset-password?", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_password_needs_the_current_one()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var refused = await browser.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not my password at all",
            ["Input.NewPassword"] = "fresh phrase for kim",
        });
        Assert.Contains("Your current password is not right", await refused.Content.ReadAsStringAsync());

        var changed = await browser.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = parent.Password,
            ["Input.NewPassword"] = "fresh phrase for kim",
        });
        Assert.Contains("Your password has been changed", await changed.Content.ReadAsStringAsync());
        await app.NewBrowser().SignInAsync(parent with { Password = "fresh phrase for kim" });
    }

    [Fact]
    public async Task Staff_with_two_factor_must_give_a_code_and_a_wrong_code_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var browser = app.NewBrowser();
        var first = await browser.PostFormAsync("/account/sign-in", Credentials(clinician.Email, clinician.Password));
        Assert.StartsWith("/account/sign-in-code", Browser.Location(first));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/staff")).StatusCode);

        var wrong = await browser.PostFormAsync("/account/sign-in-code", new Dictionary<string, string> { ["Input.Code"] = "000000" == clinician.CurrentCode() ? "111111" : "000000" });
        Assert.Contains("The code is not right", await wrong.Content.ReadAsStringAsync());

        var right = await browser.PostFormAsync("/account/sign-in-code", new Dictionary<string, string> { ["Input.Code"] = clinician.CurrentCode() });
        Assert.Equal("/staff", Browser.Location(right));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_ignores_a_return_address_on_another_site()
    {
        var (parent, _) = await app.CreateParentAsync();
        var response = await app.NewBrowser().PostFormAsync("/account/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Input.Email"] = parent.Email, ["Input.Password"] = parent.Password, ["ReturnUrl"] = "//evil.example/" });
        Assert.Equal("/family", Browser.Location(response));
    }
}

public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests<SqliteApp>(app);

public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests<PostgresApp>(app);
