using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Alongside.BrowserTests.Support;

/// <summary>
/// Keeps the HTML of every page the browser tests open, exactly as the server sent it, so the
/// Nu HTML checker can read them all in one run at the end (<see cref="Features.Html.HtmlConformanceTests"/>).
/// It is kept by the test server as it answers (a browser may leave a page before its body can
/// be read back from it), for every request that asks for HTML, as a browser's navigation does.
/// </summary>
public static class PageSources
{
    private static readonly ConcurrentDictionary<string, string> Urls = new();
    private static int _count;

    public static string Folder { get; } = MakeFolder();

    /// <summary>The pages kept so far: file path to the address it came from.</summary>
    public static IReadOnlyDictionary<string, string> Kept => new Dictionary<string, string>(Urls);

    /// <summary>A filter for the app under test that keeps each HTML page it sends.</summary>
    public sealed class KeepPages : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(KeepAsync);
            next(app);
        };
    }

    private static async Task KeepAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        // Kept as the browser would read it: uncompressed, whatever the app's pipeline does.
        context.Request.Headers.AcceptEncoding = "identity";
        var body = context.Response.Body;
        using var copy = new MemoryStream();
        context.Response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }
        copy.Position = 0;
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && copy.Length > 0)
        {
            var file = Path.Combine(Folder, $"page-{Interlocked.Increment(ref _count):0000}.html");
            await File.WriteAllBytesAsync(file, copy.ToArray());
            Urls[file] = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} ({context.Response.StatusCode})";
        }
        await copy.CopyToAsync(body);
    }

    private static string MakeFolder()
    {
        var folder = Path.Combine(Path.GetDirectoryName(BrowserApp.ScreenshotFolder)!, "html-pages");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
