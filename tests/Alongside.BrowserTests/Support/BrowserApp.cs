using System.Net;
using System.Net.Sockets;
using Alongside.IntegrationTests.Support;
using Deque.AxeCore.Commons;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Support;

/// <summary>
/// The app on a real Kestrel port (SQLite, real SMTP listener) and Debian's Chromium driven
/// by Playwright. One per test class.
/// </summary>
public sealed class BrowserApp : SqliteApp
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserApp()
    {
        Port = FreePort();
        UseKestrel(Port);
    }

    public int Port { get; }

    /// <summary>Reminders are looked for every second, so a browser test sees one arrive.</summary>
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Sessions:ReminderScanSeconds", "1"), new("App:PublicBaseUrl", $"http://localhost:{Port}")];
    public string BaseUrl => $"http://localhost:{Port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PageSources.KeepPages>());
    }

    public static string RepoRoot { get; } = FindRepoRoot();
    public static string ScreenshotFolder { get; } = Path.Combine(RepoRoot, "artifacts", "screenshots");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
        // Two cores run the app, Chromium and axe together; five seconds is too tight there.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A page in its own browser context; <paramref name="javaScript"/> false is a browser with scripts turned off.</summary>
    public async Task<IPage> NewPageAsync(int width = 1024, int height = 900, bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    protected override async Task DisposeAllAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAllAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alongside.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Path.GetTempPath();
    }
}

public static class PageChecks
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// axe-core's own script, as the Deque.AxeCore package ships it. The package's RunAxe took 1.2 to
    /// 1.7 s a page here; the same script run in the page answered in 30 to 100 ms. It is put in once
    /// per document, and no page of the app has a frame, so one run in the document checks all of it.
    /// </summary>
    private static readonly Lazy<string> AxeScript = new(() =>
    {
        const string name = "Deque.AxeCore.Commons.Resources.axe.min.js";
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not in Deque.AxeCore.Commons any more; find where the package keeps axe.min.js");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>axe-core against WCAG 2.2 AA; any violation fails with its rule and nodes.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        await page.WaitUntilLoadedAsync();
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'")) await page.EvaluateAsync(AxeScript.Value);
        var problems = await page.EvaluateAsync<string[]>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.html).join(' | ')}`);
            }
            """, WcagTags);
        Assert.True(problems.Length == 0, $"axe found {problems.Length} violation(s) on {page.Url}:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// After a click that navigates, waits for the new page's stylesheet (unstyled links are small
    /// targets). Asked from here, again and again: a wait for the load event that began as the click's
    /// navigation committed missed the event once in CI and timed out, and a poll inside the page
    /// (WaitForFunction with an expression) needs eval, which the site's CSP refuses.
    /// </summary>
    private static async Task WaitUntilLoadedAsync(this IPage page)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await page.EvaluateAsync<string>("() => document.readyState") == "complete") return;
            }
            catch (PlaywrightException) when (waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                // The document went away under the question: a navigation committed. Ask the new one.
            }
            if (waited.Elapsed >= TimeSpan.FromSeconds(30)) throw new TimeoutException($"{page.Url} did not finish loading within 30 s");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// axe is a script, so it cannot run in a page with scripts off. The same HTML is checked in a
    /// scripting page that refuses the site's own scripts: the page a browser without them shows.
    /// </summary>
    public static async Task AssertAccessibleWithoutScriptsAsync(this IPage page, BrowserApp app)
    {
        var html = await page.ContentAsync();
        var size = page.ViewportSize!;
        var copy = await app.NewPageAsync(size.Width, size.Height);
        await copy.RouteAsync(url => new Uri(url).AbsolutePath.EndsWith(".js", StringComparison.Ordinal), route => route.AbortAsync());
        await copy.GotoAsync("/health/live"); // the app's own address, so the stylesheet loads as it did
        await copy.SetContentAsync(html);
        await Assertions.Expect(copy.Locator("body.js-enabled")).ToHaveCountAsync(0);
        await copy.AssertAccessibleAsync();
        await copy.Context.CloseAsync();
    }

    public static async Task ScreenshotAsync(this IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Signs in through the pages, giving the authenticator code when the account has one.</summary>
    public static async Task SignInAsync(this IPage page, Alongside.IntegrationTests.Support.Person person)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await ClickAndWaitForAnswerAsync(page, "Sign in");
        if (person.AuthenticatorKey is not null)
        {
            await AssertOnAsync(page, "/account/sign-in-code");
            // A code typed as its 30-second step ends can arrive a step late on a busy machine:
            // a person would type the next one, and so does the test (once). The test waits for
            // the answer to each post, however slow, so it never types into a page that is leaving.
            for (var attempt = 1; ; attempt++)
            {
                await page.GetByLabel("Enter your sign-in code").FillAsync(person.CurrentCode());
                await ClickAndWaitForAnswerAsync(page, "Continue");
                if (!page.Url.Contains("/account/sign-in", StringComparison.Ordinal) || attempt == 2) break;
                await page.ScreenshotAsync("sign-in-code-retry");
            }
        }
        Assert.False(page.Url.Contains("/account/sign-in", StringComparison.Ordinal),
            $"Still signing in at {page.Url}: {await page.Locator("main").InnerTextAsync()}");
    }

    /// <summary>
    /// Posts a form by its button and waits for the page that answers, however long a busy
    /// machine takes (a full-page post: the obsolete wait is the exact one, see PressEnterAndWaitAsync).
    /// </summary>
    private static async Task ClickAndWaitForAnswerAsync(IPage page, string button)
    {
#pragma warning disable CS0612
        await page.RunAndWaitForNavigationAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
#pragma warning restore CS0612
    }

    private static async Task AssertOnAsync(IPage page, string path)
    {
        if (!page.Url.Contains(path, StringComparison.Ordinal))
        {
            await page.ScreenshotAsync("sign-in-unexpected");
            Assert.Fail($"Expected {path}, got {page.Url}: {await page.Locator("main").InnerTextAsync()}");
        }
    }

    /// <summary>Follows a link in the header as a person would: on a narrow screen the links are behind "Menu", so it opens that first.</summary>
    public static async Task ClickHeaderLinkAsync(this IPage page, string name)
    {
        var menu = page.Locator("summary.app-header__menu-toggle");
        if (await menu.IsVisibleAsync() && await page.Locator("details.app-header__menu[open]").CountAsync() == 0) await menu.ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
    }

    /// <summary>Chooses a radio as a keyboard user does: Tab into the group, arrow to the choice, Space.</summary>
    public static async Task ChooseRadioAsync(this IPage page, string label)
    {
        await page.TabToAsync(page.Locator("input[type=radio]").First);
        var target = page.GetByLabel(label, new() { Exact = true });
        for (var i = 0; i < 30 && !await target.EvaluateAsync<bool>("el => el === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
        await page.Keyboard.PressAsync("Space");
        Assert.True(await target.IsCheckedAsync(), $"Could not choose '{label}' by keyboard");
    }

    /// <summary>
    /// Presses Enter on the focused control and waits for the page that follows. Playwright marks
    /// this wait obsolete because single-page apps make it unreliable; every form here is a
    /// full-page post, where it is exactly the wait needed (the URL may not change on an error).
    /// </summary>
    public static async Task PressEnterAndWaitAsync(this IPage page)
    {
#pragma warning disable CS0612
        await page.RunAndWaitForNavigationAsync(() => page.Keyboard.PressAsync("Enter"));
#pragma warning restore CS0612
    }

    /// <summary>Moves focus with the Tab key until it lands on the element; fails if it never does.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, int maxPresses = 40)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement")) return;
        }
        Assert.Fail($"Tab never reached {target}");
    }
}
