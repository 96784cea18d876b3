using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Account;

public abstract class AccountDetailsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Form(string name, string phone) => new()
    {
        ["Input.DisplayName"] = name,
        ["Input.PhoneNumber"] = phone,
    };

    private Task<(string Name, string? Phone)> DetailsOfAsync(Guid id) => app.WithDbAsync(async db =>
    {
        var u = await db.Users.Where(u => u.Id == id).Select(u => new { u.DisplayName, u.PhoneNumber }).SingleAsync();
        return (u.DisplayName, u.PhoneNumber);
    });

    [Fact]
    public async Task A_parent_changes_their_name_and_phone_and_sees_them_at_once()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);

        var saved = await browser.PostFormAsync("/account/details", Form("  Jo  ", "07700 900-982"));
        Assert.Equal("/account", Browser.Location(saved));
        Assert.Equal(("Jo", "07700900982"), await DetailsOfAsync(parent.Id));
        var account = Html.Parse(await browser.GetPageAsync("/account"));
        Assert.Equal("Jo", account.SummaryRows()["Name"]);
        Assert.Equal("07700900982", account.SummaryRows()["Phone number"]);
        Assert.Contains("Your details are saved", account.Text("[role=status]"));
        Assert.Contains("Hello Jo", await browser.GetPageAsync("/family")); // the greeting follows without signing in again

        // An empty phone number removes it.
        await browser.PostFormAsync("/account/details", Form("Jo", ""));
        Assert.Equal(("Jo", (string?)null), await DetailsOfAsync(parent.Id));
    }

    [Theory]
    [InlineData("", "07700900982", "Enter the name you would like us to use")]
    [InlineData("   ", "07700900982", "Enter the name you would like us to use")]
    [InlineData("Jo", "call me maybe", "Enter a phone number, like 07700 900 982")]
    [InlineData("Jo", "12345", "Enter a phone number, like 07700 900 982")]
    [InlineData("Jo", "07700+900982", "Enter a phone number, like 07700 900 982")]
    [InlineData("Jo", "0770090098200000000000000000000", "Your phone number must be 30 characters or fewer")]
    public async Task Bad_answers_are_refused_next_to_the_field_and_change_nothing(string name, string phone, string message)
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var before = await DetailsOfAsync(parent.Id);

        var response = await browser.PostFormAsync("/account/details", Form(name, phone));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(page.Errors(), e => e.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal(before, await DetailsOfAsync(parent.Id));
    }

    [Fact]
    public async Task An_over_long_name_gets_a_message()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var response = await browser.PostFormAsync("/account/details", Form(new string('n', 101), ""));
        Assert.Contains("Your name must be 100 characters or fewer", Html.Parse(await response.Content.ReadAsStringAsync()).Errors());
    }
}

public sealed class AccountDetailsTestsOnSqlite(SqliteApp app) : AccountDetailsTests<SqliteApp>(app);

public sealed class AccountDetailsTestsOnPostgres(PostgresApp app) : AccountDetailsTests<PostgresApp>(app);
