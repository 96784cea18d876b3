using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Support;

/// <summary>
/// Keeps the HTML of every page the browser tests open, exactly as the server sent it, so the
/// Nu HTML checker can read them all in one run at the end (<see cref="Features.Html.HtmlConformanceTests"/>).
/// </summary>
public static class PageSources
{
    private static readonly ConcurrentDictionary<string, string> Urls = new();
    private static readonly ConcurrentBag<Task> Pending = [];
    private static int _count;

    public static string Folder { get; } = MakeFolder();

    /// <summary>Every HTML document this browser context loads is kept.</summary>
    public static void Watch(IBrowserContext context) =>
        context.RequestFinished += (_, request) =>
        {
            if (request.ResourceType == "document") Pending.Add(KeepAsync(request));
        };

    /// <summary>The pages kept so far: file path to the address it came from.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> KeptAsync()
    {
        await Task.WhenAll(Pending);
        return new Dictionary<string, string>(Urls);
    }

    private static async Task KeepAsync(IRequest request)
    {
        try
        {
            var response = await request.ResponseAsync();
            if (response is null || response.Status is >= 300 and < 400) return;
            if (!(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) return;
            var body = await response.BodyAsync();
            var file = Path.Combine(Folder, $"page-{Interlocked.Increment(ref _count):0000}.html");
            await File.WriteAllBytesAsync(file, body);
            Urls[file] = $"{request.Method} {new Uri(request.Url).PathAndQuery} ({response.Status})";
        }
        catch (PlaywrightException)
        {
            // The test closed the page before its body could be read: nothing to keep.
        }
    }

    private static string MakeFolder()
    {
        var folder = Path.Combine(Path.GetDirectoryName(BrowserApp.ScreenshotFolder)!, "html-pages");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
