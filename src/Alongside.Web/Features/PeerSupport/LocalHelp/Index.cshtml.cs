using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport.LocalHelp;

/// <summary>Practical help near a postcode district: food, housing, money, SEND advice, legal rights, crisis lines. Open to everyone.</summary>
[AllowAnonymous]
public sealed class IndexModel(AlongsideDbContext db, PostcodeDistricts districts) : PageModel
{
    public string? Near { get; private set; }
    public string? Place { get; private set; }
    public HelpCategory Category { get; private set; }
    public IReadOnlyList<string> Suggestions { get; private set; } = [];
    public IReadOnlyList<LocalHelpEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? near, HelpCategory category = HelpCategory.None)
    {
        if (PostcodeDistricts.DistrictOnlyUrl("/local-help", Request.Query) is { } districtOnly) return Redirect(districtOnly);
        Category = LocalHelpSearch.Categories.Contains(category) ? category : HelpCategory.None;
        var typed = near?.Trim();
        // What was typed goes back into the box, cut to what the box accepts.
        Near = typed is { Length: > PostcodeDistricts.MaxPlaceLength } ? typed[..PostcodeDistricts.MaxPlaceLength] : typed;
        string? district = null;
        if (!string.IsNullOrEmpty(typed))
        {
            var found = districts.Lookup(typed);
            if (found.District is null)
            {
                ModelState.AddModelError("near", found.Problem!);
                Suggestions = found.Suggestions;
            }
            else
            {
                district = found.District.Outcode;
                Place = PostcodeDistricts.DistrictOf(typed) is null ? found.District.Area : $"{district} ({found.District.Area})";
            }
        }
        Entries = await LocalHelpSearch.ForDistrictAsync(db, district, Category);
        return Page();
    }
}
