using System.Globalization;
using System.Text.RegularExpressions;

namespace Alongside.Web.Kernel.Places;

public sealed record District(string Outcode, GeoPoint Point, string Area);

/// <summary>What a search for a place found: a district, or a clear reason and some suggestions.</summary>
public sealed record PlaceLookup(District? District, string? Problem, IReadOnlyList<string> Suggestions);

/// <summary>
/// Great Britain's postcode districts (OS Code-Point Open, OGL; see the SOURCE file beside the
/// data). A full postcode is cut to its district before anything else looks at it, so the full
/// postcode is neither stored nor logged.
/// </summary>
public sealed partial class PostcodeDistricts
{
    public const string Attribution =
        "Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. " +
        "Contains National Statistics data © Crown copyright and database right 2025. Contains public sector information licensed under the Open Government Licence v3.0.";

    private readonly Dictionary<string, District> _byOutcode;
    private readonly ILookup<string, District> _byArea;

    public PostcodeDistricts(IEnumerable<District> districts)
    {
        All = districts.ToList();
        _byOutcode = All.ToDictionary(d => d.Outcode, StringComparer.OrdinalIgnoreCase);
        _byArea = All.ToLookup(d => d.Area, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<District> All { get; }

    public static PostcodeDistricts Load(string path)
    {
        var districts = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            // outcode,latitude,longitude,area — the area may hold commas, so it is the rest of the line.
            var parts = line.Split(',', 4);
            var area = parts[3].Trim().Trim('"');
            return new District(parts[0].Trim().ToUpperInvariant(),
                new GeoPoint(double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture)), area);
        });
        return new PostcodeDistricts(districts);
    }

    /// <summary>
    /// When "near" in a query holds a full postcode, the same address with only its district, to
    /// redirect to; null otherwise. The full postcode then goes no further than this request.
    /// </summary>
    public static string? DistrictOnlyUrl(string path, IQueryCollection query)
    {
        var near = query["near"].ToString();
        if (DistrictOf(near) is not { } district || string.Equals(district, near.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)) return null;
        var kept = query.ToDictionary(q => q.Key, q => q.Key == "near" ? new Microsoft.Extensions.Primitives.StringValues(district) : q.Value);
        return path + QueryString.Create(kept);
    }

    /// <summary>The longest place a search accepts; search boxes carry it as maxlength too.</summary>
    public const int MaxPlaceLength = 100;

    public District? Find(string outcode) => _byOutcode.GetValueOrDefault(outcode);

    /// <summary>
    /// The district part of what someone typed: "M1 2AB", "m12ab" and "M1" all give "M1"; null
    /// when it is not shaped like a GB postcode or district.
    /// </summary>
    public static string? DistrictOf(string? text)
    {
        var compact = new string((text ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        if (compact.Length is < 2 or > 7) return null;
        if (FullPostcode().Match(compact) is { Success: true } full) return full.Groups[1].Value;
        return DistrictPattern().IsMatch(compact) ? compact : null;
    }

    /// <summary>
    /// A place typed into a form: null and no error when left empty and not <paramref name="required"/>;
    /// otherwise the district, or null with the reason added to the form's errors under <paramref name="key"/>.
    /// </summary>
    public District? FromForm(string? text, bool required, string requiredMessage, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) modelState.AddModelError(key, requiredMessage);
            return null;
        }
        var found = Lookup(text);
        if (found.District is null) modelState.AddModelError(key, found.Problem!);
        return found.District;
    }

    /// <summary>Looks up a postcode, a district or a place name among the districts' areas.</summary>
    public PlaceLookup Lookup(string? text)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length == 0) return new PlaceLookup(null, "Enter a postcode, a postcode district or a town", []);
        if (typed.Length > MaxPlaceLength) return new PlaceLookup(null, $"Enter a postcode, a postcode district or a town of {MaxPlaceLength} characters or fewer", []);
        if (DistrictOf(typed) is { } outcode)
        {
            if (Find(outcode) is { } district) return new PlaceLookup(district, null, []);
            if (outcode.StartsWith("BT", StringComparison.Ordinal))
                return new PlaceLookup(null, "Postcodes in Northern Ireland are not in our map data yet. Try the name of your town.", []);
            var area = AreaLetters().Match(outcode).Value;
            var near = All.Where(d => d.Outcode.StartsWith(area, StringComparison.Ordinal) && AreaLetters().Match(d.Outcode).Value == area)
                .Select(d => d.Outcode).Take(8).ToList();
            return new PlaceLookup(null, $"We could not find the postcode district {outcode}. Check it, or try the name of your town.", near);
        }
        var byName = _byArea[typed].OrderBy(d => d.Outcode, StringComparer.Ordinal).ToList();
        if (byName.Count > 0)
        {
            // The middle of the area's districts stands for the place.
            var centre = new GeoPoint(byName.Average(d => d.Point.Latitude), byName.Average(d => d.Point.Longitude));
            return new PlaceLookup(new District(byName[0].Outcode, centre, byName[0].Area), null, []);
        }
        var suggestions = _byArea.Select(g => g.Key)
            .Where(a => a.Contains(typed, StringComparison.OrdinalIgnoreCase) || typed.Contains(a, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).Take(8).ToList();
        return new PlaceLookup(null, $"We could not find \u201c{typed}\u201d. Try a postcode, or the name of a town or council area.", suggestions);
    }

    [GeneratedRegex("^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$")]
    private static partial Regex FullPostcode();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]?$")]
    private static partial Regex DistrictPattern();

    [GeneratedRegex("^[A-Z]+")]
    private static partial Regex AreaLetters();
}
