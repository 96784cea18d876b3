using Microsoft.AspNetCore.Http.HttpResults;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// /api/v1/groups: the group search for other sites to embed. The same query string and results
/// as /groups; open to all and rate-limited per address.
/// </summary>
public static class GroupsApi
{
    public sealed record GroupView(Guid Id, string Name, string Description, string Organisation, string Format, string[] For, string[] Access,
        string Schedule, string? Venue, string? District, double? Latitude, double? Longitude, string? Languages, double? DistanceKm, string Url);

    public sealed record SearchView(string? Near, double RadiusKm, string? Note, GroupView[] Nearby, GroupView[] Online, string Attribution);

    public static void MapGroupsApi(RouteGroupBuilder api) =>
        api.MapGet("/groups", SearchAsync).AllowAnonymous().RequireRateLimiting(RateLimits.PublicApi)
            .WithName("SearchGroups")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Peer support groups near a GB postcode, district, town or point")
            .WithDescription("Query: near (postcode, district or town) or lat and lon; radiusKm (1 to 100, default 10); audience; format (repeatable: InPerson, Online, Hybrid); access (repeatable); language (a language spoken at the group besides English, up to 60 characters, matched anywhere in the group's languages whatever the case; longer is ignored with a note). A full postcode is cut to its district and not kept.");

    private static async Task<Results<Ok<SearchView>, ProblemHttpResult>> SearchAsync(HttpContext http, AlongsideDbContext db, PostcodeDistricts districts)
    {
        var query = GroupQuery.From(http.Request.Query, districts);
        if (query.Problem is not null)
        {
            // RFC 9457 problem details, with places the person may have meant.
            return TypedResults.Problem(detail: query.Problem, statusCode: StatusCodes.Status400BadRequest,
                title: "The place could not be found", extensions: new Dictionary<string, object?> { ["suggestions"] = query.Suggestions.ToArray() });
        }
        var nearby = query.Centre is { } centre ? await GroupSearch.NearestAsync(db, centre, query.RadiusKm, query.Filters) : [];
        var online = await GroupSearch.OnlineAsync(db, query.Filters);
        var note = string.Join(" ", new[] { query.RadiusNote, query.LanguageNote }.OfType<string>());
        return TypedResults.Ok(new SearchView(query.Place, query.RadiusKm, note.Length == 0 ? null : note,
            [.. nearby.Select(g => View(g, http))], [.. online.Select(g => View(g, http))], PostcodeDistricts.Attribution));
    }

    private static GroupView View(GroupResult g, HttpContext http) => new(
        g.Id, g.Name, g.Description, g.Organisation, g.Format.ToString(),
        [.. Audiences.All.Where(a => g.Audiences.HasFlag(a)).Select(a => a.ToString())],
        [.. GroupChoices.Accesses.Where(a => g.Access.HasFlag(a)).Select(a => a.ToString())],
        g.Schedule, g.VenueName, g.District, g.Latitude, g.Longitude, g.Languages, g.DistanceKm,
        Links.Absolute(http, $"/groups/{g.Id}"));
}
