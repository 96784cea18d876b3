using ArchUnitNET.Loader;

namespace Alongside.Tests.Architecture;

/// <summary>The compiled app as ArchUnitNET reads it (types, views, method bodies), loaded once for all tests.</summary>
internal static class AppArchitecture
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Lazy =
        new(() => new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build());

    public static ArchUnitNET.Domain.Architecture Loaded => Lazy.Value;

    /// <summary>Every type-to-type dependency, by full name.</summary>
    public static IEnumerable<(string Source, string Target)> Dependencies =>
        Loaded.Types.SelectMany(t => t.Dependencies.Select(d => (t.FullName, d.Target.FullName)));
}
