using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Account;

public abstract class RegisterTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Form(string email, string password) => new()
    {
        ["Input.FirstName"] = "Kim",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task Parent_registers_receives_confirmation_email_confirms_and_signs_in()
    {
        var browser = app.NewBrowser();
        var email = People.NewEmail("kim");

        var response = await browser.PostFormAsync("/account/register", Form(email, People.Password));
        Assert.Equal("/account/check-your-email", Browser.Location(response));

        var mail = await app.Mail.WaitForAsync(email, "Confirm your email");
        var link = Browser.FirstLink(mail.TextBody, "/account/confirm-email");

        // Not confirmed yet: sign-in is refused with a clear message.
        var early = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = People.Password });
        Assert.Contains("Confirm your email address before you sign in", await early.Content.ReadAsStringAsync());

        Assert.Contains("Email address confirmed", await browser.GetPageAsync(link));

        var signIn = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = People.Password });
        Assert.Equal("/family", Browser.Location(signIn));
        var family = await browser.GetPageAsync("/family");
        Assert.Contains("Hello Kim", family);
        Assert.Contains("Kim&#x27;s family", family);
    }

    [Theory]
    [InlineData("short pass", "at least 12 characters")]
    [InlineData("Password1234!", "too common")]
    [InlineData("aaaaaaaaaaaaaaa", "too common")]
    public async Task Weak_password_is_refused_next_to_the_field_and_nothing_is_created(string password, string message)
    {
        var browser = app.NewBrowser();
        var email = People.NewEmail("weak");
        var response = await browser.PostFormAsync("/account/register", Form(email, password));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains(message, html);
        Assert.Contains("href=\"#Input_Password\"", html);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == email)));
    }

    [Fact]
    public async Task Missing_answers_are_listed_in_the_error_summary()
    {
        var browser = app.NewBrowser();
        var response = await browser.PostFormAsync("/account/register", new Dictionary<string, string>());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter your first name", html);
        Assert.Contains("Enter your email address", html);
        Assert.Contains("Create a password", html);
        Assert.Contains("<title>Error: Create an account", html);
        Assert.Contains("id=\"Input_FirstName-error\"", html); // and each sits next to its field
        // The summary lists problems in the order of the fields on the page.
        var summary = html[..html.IndexOf("<h1>", StringComparison.Ordinal)];
        Assert.True(summary.IndexOf("Enter your first name", StringComparison.Ordinal) < summary.IndexOf("Enter your email address", StringComparison.Ordinal));
        Assert.True(summary.IndexOf("Enter your email address", StringComparison.Ordinal) < summary.IndexOf("Create a password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Over_long_answers_are_refused_with_a_message_not_an_error_page()
    {
        var browser = app.NewBrowser();
        var response = await browser.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.FirstName"] = new string('a', 101),
            ["Input.Email"] = new string('b', 250) + "@example.test",
            ["Input.Password"] = new string('c', 200),
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your first name must be 100 characters or fewer", html);
        Assert.Contains("Your email address must be 256 characters or fewer", html);
        Assert.Contains("Your password must be 128 characters or fewer", html);
    }

    [Fact]
    public async Task Registering_an_email_that_has_an_account_changes_nothing_and_tells_its_owner()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        var response = await browser.PostFormAsync("/account/register", Form(parent.Email, "another long passphrase"));

        Assert.Equal("/account/check-your-email", Browser.Location(response));
        await app.Mail.WaitForAsync(parent.Email, "Someone tried to create");
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == parent.Email)));
        await browser.SignInAsync(parent); // the old password still works

        // Trying again and again tells the owner once a day, not every time.
        await browser.PostFormAsync("/account/register", Form(parent.Email, "yet another long passphrase"));
        await browser.PostFormAsync("/account/register", Form(parent.Email, "and one more long passphrase"));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == parent.Email && m.Subject.StartsWith("Someone tried to create"))));
    }

    [Fact]
    public async Task A_weak_password_gets_the_same_answer_whether_or_not_the_address_has_an_account()
    {
        var (parent, _) = await app.CreateParentAsync();
        var pages = new List<string>();
        foreach (var email in new[] { parent.Email, People.NewEmail("nobody") })
        {
            var response = await app.NewBrowser().PostFormAsync("/account/register", Form(email, "short"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            pages.Add(Html.Parse(html).QuerySelector(".nhsuk-error-summary")!.TextContent.Trim());
        }
        Assert.Contains("at least 12 characters", pages[0]);
        Assert.Equal(pages[0], pages[1]);
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == parent.Email)));
    }
}

public sealed class RegisterTestsOnSqlite(SqliteApp app) : RegisterTests<SqliteApp>(app);

public sealed class RegisterTestsOnPostgres(PostgresApp app) : RegisterTests<PostgresApp>(app);
