using System.Globalization;
using CsvHelper;

namespace Alongside.Web.Kernel.Places;

/// <summary>One local authority from the ONS list: its code (E08000003) and name (Manchester).</summary>
public sealed record LocalAuthority(string Code, string Name, string Region, string Country);

/// <summary>
/// The UK local authorities bundled in Data/Seed/uk-local-authorities.csv (ONS codes), so a
/// local authority organisation names its area by code, never by free text.
/// </summary>
public sealed class LocalAuthorities(IEnumerable<LocalAuthority> all)
{
    public const string FileName = "uk-local-authorities.csv";

    public IReadOnlyList<LocalAuthority> All { get; } = all.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();

    private readonly Dictionary<string, LocalAuthority> _byCode = all.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);

    public LocalAuthority? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code.Trim());

    /// <summary>The copy beside the app (the build puts it there), else the content root's (for `dotnet run`).</summary>
    public static string PathIn(string contentRoot)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "Seed", FileName);
        return File.Exists(path) ? path : Path.Combine(contentRoot, "Data", "Seed", FileName);
    }

    public static LocalAuthorities Load(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return new LocalAuthorities(csv.GetRecords<Row>().Select(r => new LocalAuthority(r.code, r.name, r.region, r.country)).ToList());
    }

    // Property names match the CSV header.
#pragma warning disable IDE1006
    private sealed record Row(string code, string name, string upper_tier_code, string upper_tier_name, string region, string country);
#pragma warning restore IDE1006
}
