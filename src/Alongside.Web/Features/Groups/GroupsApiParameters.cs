using System.Globalization;
using Alongside.Web.Infrastructure.Api;
using Microsoft.OpenApi;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// The group search's query as the API takes it: the same parameters as the /groups page, but a
/// machine gets told when a value cannot be used (letters for a latitude, a radius of -1, a format
/// that does not exist) with a 400, where the page quietly falls back and says so in a note.
/// </summary>
public static class GroupsApiParameters
{
    public const double MinLatitude = 49, MaxLatitude = 61, MinLongitude = -9, MaxLongitude = 2;

    public static readonly ApiParameter[] All =
    [
        ApiParameter.Query("near", "A GB postcode, postcode district, town or council area. A full postcode is cut to its district and not kept.") with { MaxLength = 100 },
        ApiParameter.Query("lat", "Latitude of a point in Great Britain (with lon, instead of near), rounded to 2 decimal places", JsonSchemaType.Number) with { Minimum = MinLatitude, Maximum = MaxLatitude },
        ApiParameter.Query("lon", "Longitude of a point in Great Britain (with lat)", JsonSchemaType.Number) with { Minimum = MinLongitude, Maximum = MaxLongitude },
        ApiParameter.Query("radiusKm", $"How far to look, in km (default {GroupQuery.DefaultRadiusKm:0})", JsonSchemaType.Number) with { Minimum = GroupQuery.MinRadiusKm, Maximum = GroupQuery.MaxRadiusKm },
        ApiParameter.Query("audience", "Who the group is for") with { Choices = [.. Audiences.All.Select(a => a.ToString())] },
        ApiParameter.Query("format", "How the group meets; give it more than once for any of several") with { Choices = [.. Enum.GetNames<GroupFormat>()], Repeats = true },
        ApiParameter.Query("access", "What the group offers for access; give it more than once to need all of them") with { Choices = [.. GroupChoices.Accesses.Select(a => a.ToString())], Repeats = true },
        ApiParameter.Query("language", "A language spoken at the group besides English, matched anywhere in the group's languages whatever the case") with { MaxLength = GroupQuery.MaxLanguageLength },
    ];

    /// <summary>What is wrong with the query, by parameter; empty when all of it can be used.</summary>
    public static Dictionary<string, string[]> Check(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        void Refuse(string name, string why) => errors[name] = [why];

        foreach (var p in All)
        {
            var values = query[p.Name];
            if (values.Count == 0) continue;
            if (values.Count > 1 && !p.Repeats) Refuse(p.Name, $"Give {p.Name} once");
            foreach (var value in values.Select(v => v?.Trim() ?? ""))
            {
                if (p.Type == JsonSchemaType.Number)
                {
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                        Refuse(p.Name, $"{p.Name} must be a number, like 10 or 53.8");
                    else if (number < p.Minimum || number > p.Maximum)
                        Refuse(p.Name, $"{p.Name} must be between {p.Minimum} and {p.Maximum}");
                }
                else if (p.Choices is { } choices && !choices.Contains(value, StringComparer.Ordinal))
                {
                    Refuse(p.Name, $"{p.Name} must be one of {string.Join(", ", choices)}");
                }
                else if (value.Length > p.MaxLength)
                {
                    Refuse(p.Name, $"{p.Name} must be {p.MaxLength} characters or fewer");
                }
            }
        }
        if (query.ContainsKey("lat") != query.ContainsKey("lon")) Refuse(query.ContainsKey("lat") ? "lon" : "lat", "Give lat and lon together");
        if (query.ContainsKey("near") && query.ContainsKey("lat")) Refuse("near", "Give either near or lat and lon, not both");
        return errors;
    }
}
