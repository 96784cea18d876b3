using Alongside.Web.Infrastructure.Api;
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
            .ProducesValidationProblem()
            .WithSummary("Peer support groups near a GB postcode, district, town or point")
            .WithDescription("Groups near the place asked for, nearest first, and the online groups. A value that cannot be used is a 400 naming the parameter; a place that cannot be found is a 400 with places the caller may have meant.")
            .WithParameters(GroupsApiParameters.All);

    private static async Task<Results<Ok<SearchView>, ValidationProblem, ProblemHttpResult>> SearchAsync(HttpContext http, AlongsideDbContext db, PostcodeDistricts districts)
    {
        if (GroupsApiParameters.Check(http.Request.Query) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "Some of the search could not be used");
        }
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
