using System.Text.RegularExpressions;

namespace Alongside.Tests.Infrastructure.Frontend;

/// <summary>
/// The style sheet carries only the NHS.UK components the pages use (Styles/alongside.scss lists
/// them), so a component used without its styles, or styles kept for a component nobody uses, fails here.
/// </summary>
public sealed partial class StyleComponentsTests
{
    private static readonly string Web = Path.Combine(FindRepoRoot(), "src", "Alongside.Web");

    [Fact]
    public void Every_component_the_pages_use_is_in_the_style_sheet_and_no_other()
    {
        var components = Path.Combine(Web, "node_modules", "nhsuk-frontend", "dist", "nhsuk", "components");
        Assert.True(Directory.Exists(components), $"{components} is missing: the Web project's build runs npm ci");
        var listed = ComponentUse().Matches(File.ReadAllText(Path.Combine(Web, "Styles", "alongside.scss"))).Select(m => m.Groups[1].Value).ToHashSet();
        var sources = string.Join("\n", new[] { "Features", "Infrastructure", "Kernel", Path.Combine("wwwroot", "js") }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Web, d), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var used = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(components).Select(Path.GetFileName).OfType<string>())
        {
            var styles = Path.Combine(components, folder, "_index.scss");
            if (!File.Exists(styles)) continue; // a macro with no styles of its own (caption, heading, legend)
            // A component's block class is the first one its styles define: .nhsuk-table for "tables".
            var block = BlockClass().Match(File.ReadAllText(styles)).Groups[1].Value;
            if (Regex.IsMatch(sources, $@"\b{Regex.Escape(block)}(?![a-z-])|\b{Regex.Escape(block)}(__|--)")) used.Add(folder);
        }

        Assert.Empty(used.Except(listed));
        Assert.Empty(listed.Except(used));
        Assert.Contains("button", used); // the check finds what is there
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alongside.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("No Alongside.slnx above the test folder");
    }

    [GeneratedRegex(@"@use ""nhsuk-frontend/dist/nhsuk/components/([a-z-]+)"";")]
    private static partial Regex ComponentUse();

    [GeneratedRegex(@"^\s*\.(nhsuk-[a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex BlockClass();
}
