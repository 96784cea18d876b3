using System.Diagnostics;

namespace Alongside.IntegrationTests.Support;

/// <summary>Redocly's OpenAPI linter (npm <c>@redocly/cli</c>, installed beside this project by test.sh), with the project's rules in redocly.yaml.</summary>
public static class Redocly
{
    private static readonly string Folder = FindProjectFolder();

    /// <summary>The exit code, the JSON report (standard output), and what it said besides (standard error).</summary>
    public static async Task<(int ExitCode, string Report, string Said)> LintAsync(string document)
    {
        var cli = Path.Combine(Folder, "node_modules", ".bin", "redocly");
        if (!File.Exists(cli)) throw new InvalidOperationException($"{cli} is missing: run npm ci in tests/Alongside.IntegrationTests (test.sh does)");
        var start = new ProcessStartInfo(cli, ["lint", document, "--config", Path.Combine(Folder, "redocly.yaml"), "--format", "json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    private static string FindProjectFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alongside.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("No Alongside.slnx above the test folder"), "tests", "Alongside.IntegrationTests");
    }
}
