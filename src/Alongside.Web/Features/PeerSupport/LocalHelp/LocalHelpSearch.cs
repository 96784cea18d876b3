using System.Text.RegularExpressions;

namespace Alongside.Web.Features.PeerSupport.LocalHelp;

/// <summary>Local help that serves a postcode district: entries for the whole country, its postcode area ("M"), or the district itself ("M1").</summary>
public static partial class LocalHelpSearch
{
    public const int PageSize = 50;

    public static IReadOnlyList<string> CodesFor(string district) => [district, AreaLetters().Match(district).Value];

    public static Task<List<LocalHelpEntry>> ForDistrictAsync(AlongsideDbContext db, string? district, HelpCategory category = HelpCategory.None)
    {
        var codes = district is null ? [] : CodesFor(district).ToList();
        var entries = db.LocalHelpEntries.Where(e => e.Nationwide || db.LocalHelpAreas.Any(a => a.EntryId == e.Id && codes.Contains(a.Code)));
        if (category != HelpCategory.None) entries = entries.Where(e => (e.Categories & category) != 0);
        return entries.OrderBy(e => e.Nationwide).ThenBy(e => e.Name).Take(PageSize).ToListAsync();
    }

    public static string Category(HelpCategory c) => c switch
    {
        HelpCategory.Food => "Food",
        HelpCategory.Housing => "Housing",
        HelpCategory.Money => "Money and benefits",
        HelpCategory.SendEducation => "SEND and education advice",
        HelpCategory.LegalRights => "Legal rights",
        HelpCategory.Crisis => "Crisis lines",
        HelpCategory.Wellbeing => "Wellbeing",
        _ => c.ToString(),
    };

    public static IEnumerable<HelpCategory> Categories => Enum.GetValues<HelpCategory>().Where(c => c != HelpCategory.None);

    [GeneratedRegex("^[A-Z]+")]
    private static partial Regex AreaLetters();
}
