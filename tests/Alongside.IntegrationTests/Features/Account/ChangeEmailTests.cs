using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Account;

public abstract class ChangeEmailTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Form(string newEmail, string password) => new()
    {
        ["Input.NewEmail"] = newEmail,
        ["Input.Password"] = password,
    };

    private Task<string?> EmailOfAsync(Guid id) => app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.Email).SingleAsync());

    /// <summary>Asks for the change and returns the link path from the email sent to the new address.</summary>
    private async Task<string> AskForChangeAsync(HttpClient browser, string newEmail)
    {
        var asked = await browser.PostFormAsync("/account/change-email", Form(newEmail, People.Password));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Check your new email address", Html.Parse(await asked.Content.ReadAsStringAsync()).Text("h1"));
        var mail = await app.Mail.WaitForAsync(newEmail, "Confirm your new email address");
        return Browser.FirstLink(mail.TextBody, "/account/confirm-new-email");
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient browser, string link)
    {
        var page = Html.Parse(await browser.GetPageAsync(link));
        return await browser.PostAsync("/account/confirm-new-email", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserId"] = page.Value("input[name=UserId]"),
            ["Email"] = page.Value("input[name=Email]"),
            ["Code"] = page.Value("input[name=Code]"),
            ["__RequestVerificationToken"] = page.Token(),
        }));
    }

    [Fact]
    public async Task A_new_address_is_used_only_once_its_link_is_opened_and_the_old_address_is_told()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var newEmail = People.NewEmail("moved");

        var link = await AskForChangeAsync(browser, newEmail);
        Assert.Equal(parent.Email, await EmailOfAsync(parent.Id)); // until confirmed, the old address stays
        Assert.Contains(parent.Email, Html.Parse(await browser.GetPageAsync("/account")).SummaryRows()["Email address"]);

        // Opening the link alone (as a mail scanner does) changes nothing; the button does.
        await app.NewBrowser().GetPageAsync(link);
        Assert.Equal(parent.Email, await EmailOfAsync(parent.Id));
        var confirmed = await ConfirmAsync(app.NewBrowser(), link);
        Assert.Contains("Your email address has changed", Html.Parse(await confirmed.Content.ReadAsStringAsync()).Text("h1"));
        Assert.Equal(newEmail, await EmailOfAsync(parent.Id));

        var told = await app.Mail.WaitForAsync(parent.Email, "The email address for your Alongside account has changed");
        Assert.Contains("/about/contact", told.TextBody);
        Assert.DoesNotContain(newEmail, told.TextBody); // the old address is not told where the account went

        await app.NewBrowser().SignInAsync(parent with { Email = newEmail });
        var old = await app.NewBrowser().PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = parent.Email, ["Input.Password"] = parent.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode); // the form again, with its message: the old address no longer signs in

        // The link is used up: opening it again changes nothing.
        var again = await ConfirmAsync(app.NewBrowser(), link);
        Assert.Contains("This link has not worked", Html.Parse(await again.Content.ReadAsStringAsync()).Text("h1"));
    }

    [Fact]
    public async Task A_forged_or_altered_link_changes_nothing()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var link = await AskForChangeAsync(browser, People.NewEmail("real"));

        var attacker = People.NewEmail("attacker");
        var altered = link.Replace(Uri.EscapeDataString(Html.QueryValue(link, "email")), Uri.EscapeDataString(attacker), StringComparison.Ordinal);
        var forged = $"/account/confirm-new-email?userId={parent.Id}&email={Uri.EscapeDataString(attacker)}&code=Zm9yZ2VkLXRva2Vu";
        foreach (var bad in new[] { altered, forged })
        {
            var answer = await ConfirmAsync(app.NewBrowser(), bad);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("This link has not worked", Html.Parse(await answer.Content.ReadAsStringAsync()).Text("h1"));
        }
        Assert.Equal(parent.Email, await EmailOfAsync(parent.Id));
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == parent.Email && m.Subject.Contains("has changed"))));

        var broken = await app.NewBrowser().GetPageAsync("/account/confirm-new-email?userId=nope&code=%%%");
        Assert.Contains("This link has not worked", Html.Parse(broken).Text("h1"));
    }

    [Fact]
    public async Task A_wrong_password_or_a_bad_address_is_refused_next_to_the_field_and_sends_nothing()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var newEmail = People.NewEmail("wrong");

        var cases = new (Dictionary<string, string> Form, string Message)[]
        {
            (Form(newEmail, "not my password at all"), "Your password is not right"),
            (Form("not an address", People.Password), "Enter an email address in the right format"),
            (Form(parent.Email.ToUpperInvariant(), People.Password), "This is already your email address"),
            (Form(new string('a', 260) + "@example.test", People.Password), "256 characters or fewer"),
            (new Dictionary<string, string>(), "Enter your new email address"),
        };
        foreach (var (form, message) in cases)
        {
            var response = await browser.PostFormAsync("/account/change-email", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(Html.Parse(await response.Content.ReadAsStringAsync()).Errors(), e => e.Contains(message, StringComparison.Ordinal));
        }
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == newEmail)));
        Assert.Equal(parent.Email, await EmailOfAsync(parent.Id));
    }

    [Fact]
    public async Task Asking_for_an_address_that_has_an_account_looks_the_same_and_tells_its_owner()
    {
        var (parent, _) = await app.CreateParentAsync();
        var (other, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);

        var asked = await browser.PostFormAsync("/account/change-email", Form(other.Email, People.Password));
        Assert.Contains("Check your new email address", Html.Parse(await asked.Content.ReadAsStringAsync()).Text("h1"));
        await app.Mail.WaitForAsync(other.Email, "Someone tried to use your email address");
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == other.Email && m.Subject.StartsWith("Confirm"))));
        Assert.Equal(parent.Email, await EmailOfAsync(parent.Id));
    }
}

public sealed class ChangeEmailTestsOnSqlite(SqliteApp app) : ChangeEmailTests<SqliteApp>(app);

public sealed class ChangeEmailTestsOnPostgres(PostgresApp app) : ChangeEmailTests<PostgresApp>(app);
