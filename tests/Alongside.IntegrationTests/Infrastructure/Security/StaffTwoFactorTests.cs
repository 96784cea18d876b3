using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure.Security;

/// <summary>
/// A staff account that holds only a password reaches no family data, whatever a page is called:
/// the pages families and staff share (messages, group discussions, the calendar feed, the live
/// hub) send staff to set up two-factor sign-in first, and still open for parents without it.
/// </summary>
public abstract class StaffTwoFactorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Theory]
    [InlineData("/messages")]
    [InlineData("/messages/new")]
    [InlineData("/messages/0193a1b2-0000-7000-8000-000000000001")]
    [InlineData("/groups/0193a1b2-0000-7000-8000-000000000002/discussion")]
    [InlineData("/groups/0193a1b2-0000-7000-8000-000000000002/discussion/review")]
    [InlineData("/account/calendar")]
    public async Task Staff_with_only_a_password_are_sent_to_set_up_two_factor(string page)
    {
        var org = await app.CreateOrganisationAsync();
        foreach (var role in new[] { Role.Clinician, Role.PeerSupporter })
        {
            var staff = await app.CreateStaffAsync(org, role, twoFactor: false);
            var browser = app.NewBrowser();
            await browser.SignInAsync(staff);
            var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/two-factor?returnUrl=" + Uri.EscapeDataString(page), Browser.Location(response));
        }
    }

    [Fact]
    public async Task The_live_discussion_refuses_staff_without_two_factor()
    {
        var org = await app.CreateOrganisationAsync();
        var staff = await app.CreateStaffAsync(org, Role.PeerSupporter, twoFactor: false);
        var browser = app.NewBrowser();
        await browser.SignInAsync(staff);
        var negotiate = await browser.PostAsync("/hubs/groups/negotiate?negotiateVersion=1", null);
        Assert.NotEqual(HttpStatusCode.OK, negotiate.StatusCode);
    }

    [Fact]
    public async Task Parents_need_no_two_factor_for_their_messages_and_calendar()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync("/hubs/groups/negotiate?negotiateVersion=1", null)).StatusCode);
    }
}

public sealed class StaffTwoFactorTestsOnSqlite(SqliteApp app) : StaffTwoFactorTests<SqliteApp>(app);
