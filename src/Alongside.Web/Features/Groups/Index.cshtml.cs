using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups;

/// <summary>Find a peer support group near a postcode, a place or the browser's location. Open to everyone.</summary>
[AllowAnonymous]
public sealed class IndexModel(AlongsideDbContext db, PostcodeDistricts districts) : PageModel
{
    public GroupQuery Query { get; private set; } = null!;
    public IReadOnlyList<GroupResult> Nearby { get; private set; } = [];
    public IReadOnlyList<GroupResult> Online { get; private set; } = [];
    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // A full postcode goes no further than this: the address bar, history and any later
        // request carry only its district.
        if (PostcodeDistricts.DistrictOnlyUrl("/groups", Request.Query) is { } districtOnly) return Redirect(districtOnly);
        Query = GroupQuery.From(Request.Query, districts);
        Searched = Request.Query.ContainsKey("near") || Query.Centre is not null;
        if (Query.Problem is not null) ModelState.AddModelError("near", Query.Problem);
        if (Query.Centre is { } centre) Nearby = await GroupSearch.NearestAsync(db, centre, Query.RadiusKm, Query.Filters);
        if (Searched) Online = await GroupSearch.OnlineAsync(db, Query.Filters);
        return Page();
    }

    /// <summary>The results as the map script reads them: only what a marker shows.</summary>
    public string MapData() => System.Text.Json.JsonSerializer.Serialize(new
    {
        centre = Query.Centre is { } c ? new[] { c.Latitude, c.Longitude } : null,
        groups = Nearby.Where(g => g.Latitude is not null).Select(g => new { id = g.Id, name = g.Name, lat = g.Latitude, lon = g.Longitude, km = g.DistanceKm }),
    });
}
