using Alongside.BrowserTests.Support;

namespace Alongside.BrowserTests.Features.Html;

/// <summary>
/// Every page the other browser tests opened, as the server sent it, passes the W3C Nu HTML
/// checker with no errors. Runs after them all (<see cref="RunsLastAttribute"/>), in one checker run.
/// </summary>
[RunsLast]
public sealed class HtmlConformanceTests
{
    // A table row with a role its table does not allow: the checker must report it, or it is not checking.
    private const string KnownBad = "<!DOCTYPE html><html lang=\"en\"><head><title>Known bad</title></head><body><table><tbody><tr role=\"row\"><td>1</td></tr></tbody></table></body></html>";

    [Fact]
    public async Task Every_page_the_browser_tests_opened_passes_the_Nu_HTML_checker()
    {
        var pages = PageSources.Kept;
        if (pages.Count == 0) pages = await OpenPublicPagesAsync(); // run on its own: check the pages anyone can open
        var probe = Path.Combine(Path.GetTempPath(), $"alongside-known-bad-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(probe, KnownBad);
        try
        {
            var errors = await NuChecker.CheckAsync(PageSources.Folder, probe);
            Assert.Contains(errors, e => e.File == probe && e.Message.Contains("role", StringComparison.Ordinal));

            var onPages = errors.Where(e => e.File != probe).ToList();
            var report = onPages
                .GroupBy(e => pages.TryGetValue(e.File, out var url) ? url : e.File)
                .Select(page => $"{page.Key}:\n" + string.Join("\n", page.Select(e => $"    line {e.Line}: {e.Message} [{e.Extract.ReplaceLineEndings(" ")}]")));
            Assert.True(onPages.Count == 0,
                $"The Nu HTML checker found {onPages.Count} error(s) on {onPages.Select(e => e.File).Distinct().Count()} of {pages.Count} pages:\n" + string.Join("\n", report));
        }
        finally
        {
            File.Delete(probe);
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> OpenPublicPagesAsync()
    {
        var app = new BrowserApp();
        await app.InitializeAsync();
        try
        {
            var page = await app.NewPageAsync();
            foreach (var path in (string[])["/", "/account/sign-in", "/account/register", "/groups", "/no-such-page"])
            {
                await page.GotoAsync(path);
            }
            return PageSources.Kept;
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
