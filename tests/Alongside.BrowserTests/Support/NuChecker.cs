using System.Diagnostics;
using System.Text.Json;

namespace Alongside.BrowserTests.Support;

/// <summary>
/// The W3C Nu HTML checker (npm <c>vnu-jar</c>, run with Debian's Java), over files or folders
/// in one run: the JVM starts once however many pages there are.
/// </summary>
public static class NuChecker
{
    public sealed record Error(string File, int Line, string Message, string Extract);

    public static string Jar { get; } = Path.Combine(BrowserApp.RepoRoot, "tests", "Alongside.BrowserTests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static async Task<IReadOnlyList<Error>> CheckAsync(params string[] paths)
    {
        if (!File.Exists(Jar)) throw new InvalidOperationException($"{Jar} is missing: build tests/Alongside.BrowserTests (it runs npm ci there).");
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-jar", Jar, "--errors-only", "--format", "json", "--stdout", .. paths]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start java: install Debian's default-jre-headless (test.sh does).");
        var output = process.StandardOutput.ReadToEndAsync();
        var problems = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // Exit code 1 means "errors found"; anything the JSON does not explain is a failure to run.
        var json = await output;
        if (json.Length == 0) throw new InvalidOperationException($"The Nu checker printed nothing (exit {process.ExitCode}): {await problems}");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => new Error(
                m.TryGetProperty("url", out var url) ? LocalPath(url.GetString()!) : "",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString() ?? "",
                m.TryGetProperty("extract", out var extract) ? extract.GetString() ?? "" : ""))
            .ToList();
    }

    // The checker names a file "file:/path/page.html" (one slash, percent-escaped).
    private static string LocalPath(string url) =>
        Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..] : url);
}
