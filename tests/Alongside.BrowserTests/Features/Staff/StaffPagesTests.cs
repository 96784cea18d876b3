using System.Text.RegularExpressions;
using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Staff;

public sealed class StaffPagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_admin_invites_a_clinician_who_sets_up_two_factor_and_opens_a_family()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var admin = await app.CreateStaffAsync(org, Role.Admin);

        var adminPage = await app.NewPageAsync();
        await adminPage.SignInAsync(admin);
        await adminPage.WaitForURLAsync("**/staff");
        await adminPage.AssertAccessibleAsync();
        await adminPage.ScreenshotAsync("staff-home");

        await adminPage.GotoAsync("/admin/invitations");
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(adminPage.GetByRole(AriaRole.Alert)).ToContainTextAsync("Select their role");
        await adminPage.AssertAccessibleAsync();

        var email = People.NewEmail("invited");
        await adminPage.GetByLabel("Their first name").FillAsync("Morgan");
        await adminPage.GetByLabel("Their email address").FillAsync(email);
        await adminPage.GetByLabel("Clinician").CheckAsync();
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(adminPage.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to {email}");
        await adminPage.AssertAccessibleAsync();
        await adminPage.ScreenshotAsync("admin-invitations");

        var mail = await app.Mail.WaitForAsync(email, "You are invited");
        var page = await app.NewPageAsync(320, 800);
        await page.GotoAsync(Browser.FirstLink(mail.TextBody, "/account/invitation"));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Create a password").FillAsync("morgan's long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();

        await page.WaitForURLAsync("**/account/two-factor**");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("two-factor-setup-320");
        var key = await page.Locator("#shared-key").InnerTextAsync();
        await page.GetByLabel("Enter the 6-digit code the app shows").FillAsync(Authenticator.CurrentCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(8);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Family ") }).ClickAsync();
        await page.WaitForURLAsync($"**/staff/families/{familyId}");
        await Assertions.Expect(page.GetByText("Robin, born 2 March 2015")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The family record scrolls sideways by {overflow}px at 320px");

        await page.GotoAsync("/account");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/account/change-password");
        await page.AssertAccessibleAsync();
    }
}
