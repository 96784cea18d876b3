
namespace Alongside.Web.Features.PeerSupport;

public sealed record Candidate(Guid UserId, string Name, GroupAudience Experience, string? Languages, GeoPoint? Point, bool InPerson, bool Online, int Capacity, int Supporting);

/// <summary>What the parent asked for; <paramref name="Declined"/> are the supporters they already said no to.</summary>
public sealed record Need(GroupAudience Needs, string? Language, GeoPoint? Point, bool InPerson, bool Online, IReadOnlyCollection<Guid>? Declined = null);

public sealed record Ranked(Candidate Supporter, int Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Ranks peer supporters for a parent by fit, and says why: shared lived experience counts most,
/// then the parent's language, then being able to meet (near enough in person, or both online),
/// then room on the supporter's list. A supporter with no room is not offered, nor one the parent
/// has already said no to for this request.
/// </summary>
public static class MatchRules
{
    public const double NearKm = 10;
    public const double ReachableKm = 30;

    public static IReadOnlyList<Ranked> Rank(Need need, IEnumerable<Candidate> candidates) =>
        candidates.Where(c => c.Capacity - c.Supporting > 0 && !(need.Declined ?? []).Contains(c.UserId))
            .Select(c => Score(need, c))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Supporter.Supporting).ThenBy(r => r.Supporter.Name, StringComparer.Ordinal)
            .ToList();

    public static Ranked Score(Need need, Candidate c)
    {
        var score = 0;
        var reasons = new List<string>();
        var shared = Audiences.All.Where(a => need.Needs.HasFlag(a) && c.Experience.HasFlag(a)).ToList();
        if (shared.Count > 0)
        {
            score += 3 * shared.Count;
            reasons.Add($"Lived experience in common: {string.Join(", ", shared.Select(Audiences.Label).Select(s => s.ToLowerInvariant()))} (+{3 * shared.Count})");
        }
        else if (need.Needs != GroupAudience.None)
        {
            reasons.Add("No lived experience in common");
        }

        if (!string.IsNullOrWhiteSpace(need.Language))
        {
            var speaks = (c.Languages ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Any(l => string.Equals(l, need.Language.Trim(), StringComparison.OrdinalIgnoreCase));
            if (speaks)
            {
                score += 3;
                reasons.Add($"Speaks {need.Language.Trim()} (+3)");
            }
            else
            {
                reasons.Add($"Does not list {need.Language.Trim()}");
            }
        }

        var km = need.Point is { } p && c.Point is { } q ? Geo.DistanceKm(p, q) : (double?)null;
        if (need.InPerson && c.InPerson && km is <= NearKm)
        {
            score += 3;
            reasons.Add($"Can meet in person, {km:0} km away (+3)");
        }
        else if (need.InPerson && c.InPerson && km is <= ReachableKm)
        {
            score += 2;
            reasons.Add($"Can meet in person, {km:0} km away (+2)");
        }
        else if (need.Online && c.Online)
        {
            score += 2;
            reasons.Add("Both happy to meet online (+2)");
        }
        else
        {
            reasons.Add(km is null ? "No way to meet that suits both" : $"{km:0} km away and no shared way to meet");
        }

        var room = c.Capacity - c.Supporting;
        var roomPoints = Math.Min(2, room);
        score += roomPoints;
        reasons.Add($"{room} of {c.Capacity} places free (+{roomPoints})");
        return new Ranked(c, score, reasons);
    }
}
