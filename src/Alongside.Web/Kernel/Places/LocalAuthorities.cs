using System.Globalization;
using CsvHelper;

namespace Alongside.Web.Kernel.Places;

/// <summary>One local authority district from the ONS list, with the upper-tier authority it belongs to.</summary>
public sealed record LocalAuthority(string Code, string Name, string UpperTierCode, string UpperTierName, string Region, string Country);

/// <summary>
/// The UK's local authorities (ONS codes, OGL; see the SOURCE file beside the data), loaded once.
/// Children's services and adoption support funding are the upper tier's job (a county, a
/// unitary, a metropolitan or London borough), so a child's local authority is chosen from those.
/// </summary>
public sealed class LocalAuthorities
{
    public const string FileName = "uk-local-authorities.csv";

    private readonly Dictionary<string, LocalAuthority> _byCode;
    private readonly Dictionary<string, string> _upperTierNames;

    public LocalAuthorities(IEnumerable<LocalAuthority> districts)
    {
        var all = districts.ToList();
        _byCode = all.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        _upperTierNames = all.GroupBy(d => d.UpperTierCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().UpperTierName, StringComparer.OrdinalIgnoreCase);
        All = [.. all.OrderBy(a => a.Name, StringComparer.Ordinal)];
        UpperTier = _upperTierNames.Select(p => (Code: p.Key, Name: p.Value))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Every authority in the list, by name (a local authority organisation names its area from these).</summary>
    public IReadOnlyList<LocalAuthority> All { get; }

    public LocalAuthority? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code.Trim());

    /// <summary>The copy beside the app (the build puts it there), else the content root's (for `dotnet run`).</summary>
    public static string PathIn(string contentRoot)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "Seed", FileName);
        return File.Exists(path) ? path : Path.Combine(contentRoot, "Data", "Seed", FileName);
    }

    /// <summary>The authorities a child's local authority is chosen from, by name.</summary>
    public IReadOnlyList<(string Code, string Name)> UpperTier { get; }

    public static LocalAuthorities Load(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<Row>()
            .Select(r => new LocalAuthority(r.code.Trim(), r.name.Trim(), r.upper_tier_code.Trim(), r.upper_tier_name.Trim(), r.region.Trim(), r.country.Trim()))
            .ToList();
        return new LocalAuthorities(rows);
    }

    /// <summary>The canonical upper-tier code for a code a form sent, or null when it is not one.</summary>
    public string? UpperTierCode(string? code) =>
        code is not null && _upperTierNames.ContainsKey(code.Trim()) ? code.Trim().ToUpperInvariant() : null;

    /// <summary>The upper-tier authority of any district or upper-tier code (an organisation's ONS code, say).</summary>
    public string? UpperTierOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        return UpperTierCode(code) ?? _byCode.GetValueOrDefault(code.Trim())?.UpperTierCode;
    }

    /// <summary>The name to show for a stored code; the code itself if the list no longer has it.</summary>
    public string Name(string code) =>
        _upperTierNames.GetValueOrDefault(code) ?? _byCode.GetValueOrDefault(code)?.Name ?? code;

    // Property names match the CSV header.
#pragma warning disable IDE1006
    private sealed record Row(string code, string name, string upper_tier_code, string upper_tier_name, string region, string country);
#pragma warning restore IDE1006
}
