using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// A search as asked in the address (/groups?near=M1 2AB&amp;radiusKm=10&amp;...), read the same way by the
/// page and the API. The full postcode is reduced to its district here and goes no further.
/// </summary>
public sealed record GroupQuery(
    GeoPoint? Centre, string? Place, string? Near, double RadiusKm, string? RadiusNote, string? Problem, IReadOnlyList<string> Suggestions, GroupFilters Filters)
{
    public const double DefaultRadiusKm = 10;
    public const double MinRadiusKm = 1;
    public const double MaxRadiusKm = 100;
    public const int MaxLanguageLength = 60;

    /// <summary>Why the language asked for was not used (too long), in words for the page and the API.</summary>
    public string? LanguageNote { get; init; }

    public static GroupQuery From(IQueryCollection q, PostcodeDistricts districts)
    {
        var audience = Enum.TryParse<GroupAudience>(q["audience"].ToString(), out var a) && Audiences.All.Contains(a) ? a : GroupAudience.None;
        var access = q["access"].Select(v => Enum.TryParse<GroupAccess>(v, out var x) && GroupChoices.Accesses.Contains(x) ? x : GroupAccess.None)
            .Aggregate(GroupAccess.None, (all, x) => all | x);
        var formats = q["format"].Select(v => Enum.TryParse<GroupFormat>(v, out var f) && Enum.IsDefined(f) ? f : (GroupFormat?)null).OfType<GroupFormat>().Distinct().ToList();
        var (language, languageNote) = Language(q["language"].ToString());
        var filters = new GroupFilters(audience, access, formats, language);

        var (radius, note) = Radius(q["radiusKm"].ToString());
        var typed = q["near"].ToString();
        // The browser's location, rounded to about a kilometre: nobody needs more to find a group.
        if (string.IsNullOrWhiteSpace(typed)
            && double.TryParse(q["lat"], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(q["lon"], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && lat is >= 49 and <= 61 && lon is >= -9 and <= 2)
        {
            return new GroupQuery(new GeoPoint(Math.Round(lat, 2), Math.Round(lon, 2)), "your location", null, radius, note, null, [], filters) { LanguageNote = languageNote };
        }
        if (string.IsNullOrWhiteSpace(typed)) return new GroupQuery(null, null, null, radius, note, null, [], filters) { LanguageNote = languageNote };
        var shown = PostcodeDistricts.DistrictOf(typed) ?? typed.Trim(); // never echo a full postcode back
        var found = districts.Lookup(typed);
        return found.District is { } d
            ? new GroupQuery(d.Point, PostcodeDistricts.DistrictOf(typed) is null ? d.Area : $"{d.Outcode} ({d.Area})", shown, radius, note, null, [], filters) { LanguageNote = languageNote }
            : new GroupQuery(null, null, shown.Length > PostcodeDistricts.MaxPlaceLength ? shown[..PostcodeDistricts.MaxPlaceLength] : shown, radius, note, found.Problem, found.Suggestions, filters) { LanguageNote = languageNote };
    }

    /// <summary>
    /// The language to look for, or none: every group speaks English (the group's own list names the
    /// others), so English filters nothing out; one too long to be a language is set aside with a note.
    /// </summary>
    public static (string? Language, string? Note) Language(string? text)
    {
        var language = text?.Trim();
        if (string.IsNullOrEmpty(language) || string.Equals(language, "English", StringComparison.OrdinalIgnoreCase)) return (null, null);
        if (language.Length > MaxLanguageLength)
            return (null, $"The language must be {MaxLanguageLength} characters or fewer, so groups in any language are shown.");
        return (language, null);
    }

    private static (double Km, string? Note) Radius(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (DefaultRadiusKm, null);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || double.IsNaN(km))
            return (DefaultRadiusKm, $"The distance was not a number, so groups within {DefaultRadiusKm:0} km are shown.");
        if (km < MinRadiusKm) return (MinRadiusKm, $"The smallest distance is {MinRadiusKm:0} km, so groups within {MinRadiusKm:0} km are shown.");
        if (km > MaxRadiusKm) return (MaxRadiusKm, $"The largest distance is {MaxRadiusKm:0} km, so groups within {MaxRadiusKm:0} km are shown.");
        return (km, null);
    }
}
