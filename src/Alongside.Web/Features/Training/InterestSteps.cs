using System.Globalization;

namespace Alongside.Web.Features.Training;

/// <summary>The pipeline's steps, the moves between them, and the words for each.</summary>
public static class InterestSteps
{
    public static IReadOnlyList<InterestStatus> All { get; } =
        [InterestStatus.New, InterestStatus.Contacted, InterestStatus.Enrolled, InterestStatus.NotNow];

    public static string Display(InterestStatus status) => status switch
    {
        InterestStatus.New => "New",
        InterestStatus.Contacted => "Contacted",
        InterestStatus.Enrolled => "Enrolled",
        InterestStatus.NotNow => "Not now",
        _ => status.ToString(),
    };

    /// <summary>How a step is named in a link: "new", "contacted", "enrolled", "not-now".</summary>
    public static string Slug(InterestStatus status) => status == InterestStatus.NotNow ? "not-now" : status.ToString().ToLowerInvariant();

    /// <summary>The step a link names; null for anything else, so the list falls back to New.</summary>
    public static InterestStatus? FromSlug(string? slug)
    {
        var wanted = slug?.Trim().ToLowerInvariant();
        foreach (var status in All)
        {
            if (Slug(status) == wanted) return status;
        }
        return null;
    }

    /// <summary>
    /// Any step but the one it is at, and never back to New: each move is emailed to the person,
    /// and "new" would tell them nothing.
    /// </summary>
    public static IReadOnlyList<InterestStatus> MovesFrom(InterestStatus current) =>
        All.Where(s => s != InterestStatus.New && s != current).ToList();

    public static bool CanMove(InterestStatus from, InterestStatus to) => MovesFrom(from).Contains(to);

    public static string RouteDisplay(InterestRoute route) => route switch
    {
        InterestRoute.ParentOrCarer => "A parent or carer who wants to train as a peer supporter",
        InterestRoute.Service => "A service wanting training for its staff or volunteers",
        _ => route.ToString(),
    };

    public const int MostPeople = 1000;

    /// <summary>"How many people" as typed: a whole number from 1 to 1,000, commas allowed.</summary>
    public static (int? Count, string? Error) ReadHowMany(string? typed)
    {
        var text = typed?.Trim().Replace(",", "", StringComparison.Ordinal) ?? "";
        if (text.Length == 0) return (null, "Enter how many people would train");
        if (!text.All(char.IsAsciiDigit)) return (null, "Enter how many people as a number, like 12");
        // Digits too many for an int are simply too many people.
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MostPeople)
            return (null, "How many people must be between 1 and 1,000");
        return (count, null);
    }
}
