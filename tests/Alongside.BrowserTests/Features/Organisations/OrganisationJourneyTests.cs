using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Organisations;

/// <summary>
/// A platform admin, on a phone, creates a peer support charity and invites its first admin; the
/// invitee opens the emailed link, sets a password and two-factor sign-in, and lands as that
/// charity's admin. Every page passes axe.
/// </summary>
public sealed class OrganisationJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_platform_admin_creates_a_peer_support_charity_whose_invited_admin_runs_it()
    {
        var platformPerson = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == platformPerson.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PlatformAdmin, true)));
        var name = $"Kinship Circle {Guid.NewGuid():N}"[..22];
        var email = People.NewEmail("charityadmin");

        var platform = await app.NewPageAsync(320, 800);
        await platform.SignInAsync(platformPerson);
        await platform.GotoAsync("/platform/organisations");
        await platform.AssertAccessibleAsync();
        await platform.GetByRole(AriaRole.Link, new() { Name = "Create an organisation" }).ClickAsync();
        await platform.GetByRole(AriaRole.Button, new() { Name = "Create and invite" }).ClickAsync();
        await Assertions.Expect(platform.GetByRole(AriaRole.Alert)).ToContainTextAsync("Select the kind of organisation");
        await platform.AssertAccessibleAsync();
        await platform.ScreenshotAsync("new-organisation-errors-320");
        var overflow = await platform.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The new-organisation form scrolls sideways by {overflow}px at 320px");

        await platform.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await platform.GetByLabel("Peer support charity").CheckAsync();
        await platform.GetByLabel("Their name").FillAsync("Robin");
        await platform.GetByLabel("Their email address").FillAsync(email);
        await platform.GetByRole(AriaRole.Button, new() { Name = "Create and invite" }).ClickAsync();
        await Assertions.Expect(platform.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is created");
        await Assertions.Expect(platform.GetByRole(AriaRole.Table)).ToContainTextAsync(name);
        await platform.AssertAccessibleAsync();

        var mail = await app.Mail.WaitForAsync(email, "You are invited");
        var invitee = await app.NewPageAsync(320, 800);
        await invitee.GotoAsync(Browser.FirstLink(mail.TextBody, "/account/invitation"));
        await invitee.AssertAccessibleAsync();
        await invitee.GetByLabel("Create a password").FillAsync("robin's long passphrase");
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();
        await invitee.WaitForURLAsync("**/account/two-factor**");
        var key = await invitee.Locator("#shared-key").InnerTextAsync();
        await invitee.GetByLabel("Enter the 6-digit code the app shows").FillAsync(Authenticator.CurrentCode(key));
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await invitee.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await invitee.WaitForURLAsync("**/staff");

        await invitee.GotoAsync("/admin/organisation");
        await Assertions.Expect(invitee.Locator(".nhsuk-caption-l")).ToHaveTextAsync(name);
        await Assertions.Expect(invitee.GetByText("Peer support charity.")).ToBeVisibleAsync();
        await invitee.AssertAccessibleAsync();
        await invitee.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true }).ClickAsync();
        await Assertions.Expect(invitee.GetByRole(AriaRole.Heading, new() { Name = "Robin" })).ToBeVisibleAsync();
        await invitee.AssertAccessibleAsync();
        await invitee.ScreenshotAsync("organisation-members-320");
    }
}
