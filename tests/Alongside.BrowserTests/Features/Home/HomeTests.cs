using Alongside.BrowserTests.Support;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Home;

public sealed class HomeTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Home_page_fits_the_screen_with_no_horizontal_scroll(int width)
    {
        var page = await app.NewPageAsync(width, 800);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Support for you, while your child gets help");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow}px at {width}px wide");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"home-{width}");
    }

    [Fact]
    public async Task The_accessibility_check_fails_a_page_with_a_field_nobody_can_name()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.AssertAccessibleAsync();
        await page.EvaluateAsync("() => document.querySelector('main').append(document.createElement('input'))");
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => page.AssertAccessibleAsync());
        Assert.Contains("label (critical)", failure.Message);
        Assert.Contains("<input>", failure.Message);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_thing_the_keyboard_reaches_and_moves_to_the_content()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        await Assertions.Expect(focused).ToHaveTextAsync("Skip to main content");
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#maincontent", page.Url);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_another_host()
    {
        var page = await app.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(outside);
        Assert.Empty(consoleErrors); // includes CSP violations
        Assert.True(await page.EvaluateAsync<bool>("() => document.body.classList.contains('js-enabled')"));
    }
}
