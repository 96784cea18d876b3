using ArchUnitNET.Domain;

namespace Alongside.Tests.Architecture;

/// <summary>
/// The house rules of docs/ARCHITECTURE.md, read from the compiled app (pages, views and their
/// method bodies included): a feature may use the shared kernel and Infrastructure, never another
/// feature; the kernel and Infrastructure never reach up into a feature; and no part of the app
/// depends on itself in a circle.
/// </summary>
public sealed class FeatureBoundaryTests
{
    private static readonly Lazy<IReadOnlyList<(string From, string To, string Example)>> Edges = new(LoadEdges);
    private static readonly HashSet<string> SeenViews = [];
    private static readonly Lazy<HashSet<string>> Views = new(() => { _ = Edges.Value; return SeenViews; });

    [Fact]
    public void No_feature_depends_on_another_feature()
    {
        var crossings = Edges.Value
            .Where(e => IsFeature(e.From) && IsFeature(e.To) && e.From != e.To)
            .Select(e => $"{e.From} -> {e.To} ({e.Example})").ToList();
        Assert.True(crossings.Count == 0, "Move what both need into the kernel:\n" + string.Join("\n", crossings));
    }

    [Fact]
    public void Kernel_and_infrastructure_do_not_reach_into_features()
    {
        var upward = Edges.Value
            .Where(e => (e.From.StartsWith("Kernel", StringComparison.Ordinal) || e.From.StartsWith("Infrastructure", StringComparison.Ordinal) || e.From == "Features/Shared")
                && IsFeature(e.To))
            .Select(e => $"{e.From} -> {e.To} ({e.Example})").ToList();
        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }

    [Fact]
    public void No_part_depends_on_itself_in_a_circle()
    {
        // Data (the one DbContext lists every table), Cli and Program compose the app: they may
        // see everything, and nothing below them may see them back except through the DbContext.
        var parts = Edges.Value.Where(e => !IsComposition(e.From) && !IsComposition(e.To) && e.From != e.To).ToList();
        var cycles = Cycles(parts.Select(e => (e.From, e.To)).Distinct().ToList());
        var inCycles = parts.Where(e => cycles.Any(c => c.Contains(e.From) && c.Contains(e.To))).Select(e => $"  {e.From} -> {e.To} ({e.Example})");
        Assert.True(cycles.Count == 0, "Cycles:\n" + string.Join("\n", cycles.Select(c => string.Join(", ", c))) + "\nthrough:\n" + string.Join("\n", inCycles));
    }

    [Fact]
    public void The_rules_see_pages_views_and_method_bodies()
    {
        // A guard against a loader that silently sees nothing: these dependencies are known to exist.
        Assert.Contains(Views.Value, v => v.StartsWith("Features_Groups_", StringComparison.Ordinal));
        Assert.Contains(Edges.Value, e => e.From == "Features/Sessions" && e.To.StartsWith("Kernel/", StringComparison.Ordinal));
        Assert.Contains(Edges.Value, e => e.From == "Data" && e.To == "Features/Groups");
    }

    private static bool IsFeature(string part) => part.StartsWith("Features/", StringComparison.Ordinal) && part != "Features/Shared";

    private static bool IsComposition(string part) => part is "Data" or "Cli" or "Program";

    /// <summary>The part a type belongs to: Features/X, Kernel, Infrastructure/X, Data, Cli or Program.</summary>
    internal static string? PartOf(IType type)
    {
        // A generic method's type parameter (T in Partition<T>) has no namespace and belongs to no part.
        if (type.Namespace is null) return null;
        var ns = type.Namespace.FullName;
        if (ns == "AspNetCoreGeneratedDocument")
        {
            // Views compile to AspNetCoreGeneratedDocument.Features_Groups_Index and the like.
            var name = type.FullName[(ns.Length + 1)..];
            if (!name.StartsWith("Features_", StringComparison.Ordinal)) return null;
            var rest = name["Features_".Length..];
            var end = rest.IndexOf('_', StringComparison.Ordinal);
            return end <= 0 ? "Features" : "Features/" + rest[..end];
        }
        if (!ns.StartsWith("Alongside.Web", StringComparison.Ordinal)) return type.FullName.StartsWith("Program", StringComparison.Ordinal) ? "Program" : null;
        var segments = ns.Split('.');
        if (segments.Length < 3) return "Program";
        return segments[2] switch
        {
            "Features" or "Infrastructure" when segments.Length > 3 => segments[2] + "/" + segments[3],
            "Kernel" when segments.Length > 3 => "Kernel/" + segments[3],
            var top => top,
        };
    }

    private static List<(string, string, string)> LoadEdges()
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in AppArchitecture.Loaded.Types)
        {
            if (PartOf(type) is not { } from) continue;
            if (from == "Features/Groups" && type.Name.StartsWith("Features_", StringComparison.Ordinal)) SeenViews.Add(type.Name);
            foreach (var dependency in type.Dependencies)
            {
                if (PartOf(dependency.Target) is not { } to) continue;
                edges.TryAdd((from, to), $"{type.FullName} uses {dependency.Target.FullName}");
            }
        }
        return edges.Select(e => (e.Key.Item1, e.Key.Item2, e.Value)).ToList();
    }

    private static List<List<string>> Cycles(List<(string From, string To)> edges)
    {
        // Tarjan's strongly connected components: every component of more than one part is a cycle.
        var graph = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var found = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in graph.GetValueOrDefault(v, []))
            {
                if (!index.TryGetValue(w, out var seen)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (stack.Contains(w)) low[v] = Math.Min(low[v], seen);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); component.Add(x); } while (x != v);
            if (component.Count > 1) found.Add(component);
        }
        foreach (var v in graph.Keys.Where(v => !index.ContainsKey(v)).ToList()) Visit(v);
        return found;
    }
}
