using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Account;

public sealed class RegisterJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_parent_registers_confirms_and_signs_in_using_the_keyboard_alone()
    {
        var page = await app.NewPageAsync();
        var email = People.NewEmail("keyboard");
        const string password = "kettle orbit moss lantern";

        await page.GotoAsync("/");
        await page.AssertAccessibleAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Create an account" }));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/account/register");
        await page.AssertAccessibleAsync();

        // Submitting empty shows the error summary, which takes focus.
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create account" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter your first name");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-errors");

        await page.TabToAsync(page.GetByLabel("Your first name"));
        await page.Keyboard.TypeAsync("Jordan");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(email);
        await page.TabToAsync(page.GetByLabel("Create a password"));
        await page.Keyboard.TypeAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var mail = await app.Mail.WaitForAsync(email, "Confirm your email");
        await page.GotoAsync(Browser.FirstLink(mail.TextBody, "/account/confirm-email"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email address confirmed" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.TabToAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/account/sign-in");
        await page.AssertAccessibleAsync();
        await page.TabToAsync(page.GetByLabel("Email address"));
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(password);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/family");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello Jordan" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("family-home");
    }

    [Fact]
    public async Task Sign_in_and_password_pages_pass_axe_including_with_errors()
    {
        var page = await app.NewPageAsync();
        foreach (var path in new[] { "/account/sign-in", "/account/forgot-password", "/account/reset-password?email=a%40b.c&code=x", "/account/invitation?token=nope", "/about/data", "/no-such-page" })
        {
            await page.GotoAsync(path);
            await page.AssertAccessibleAsync();
        }
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter your email address");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("sign-in-errors");
    }
}
