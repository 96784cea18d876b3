using Microsoft.AspNetCore.Mvc;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// Up to three peer support groups for a family waiting for help: the nearest to the place they
/// give (within <see cref="RadiusKm"/>), then groups that meet online. Other pages show it by name
/// (<c>Component.InvokeAsync("WhileYouWaitGroups", new { near })</c>), so they need nothing of
/// this feature but its name.
/// </summary>
public sealed class WhileYouWaitGroupsViewComponent(AlongsideDbContext db, PostcodeDistricts districts) : ViewComponent
{
    public const int Take = 3;
    public const double RadiusKm = 25;

    /// <summary>What the panel shows: the place as understood, why it was not, and the groups.</summary>
    public sealed record Panel(string? Near, string? Place, string? Problem, IReadOnlyList<GroupResult> Groups);

    public async Task<IViewComponentResult> InvokeAsync(string? near)
    {
        var typed = string.IsNullOrWhiteSpace(near) ? null : near.Trim();
        var found = typed is null ? null : districts.Lookup(typed);
        var nearby = found?.District is { } district
            ? await GroupSearch.NearestAsync(db, district.Point, RadiusKm, new GroupFilters(), Take)
            : [];
        var online = nearby.Count < Take ? await GroupSearch.OnlineAsync(db, new GroupFilters(), Take - nearby.Count) : [];
        var shown = typed is { Length: > 100 } ? typed[..100] : typed;
        return View("~/Features/Groups/_WhileYouWaitGroups.cshtml",
            new Panel(shown, found?.District is { } d ? $"{d.Outcode} ({d.Area})" : null, found?.Problem, [.. nearby, .. online]));
    }
}
