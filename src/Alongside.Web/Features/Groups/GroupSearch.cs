
namespace Alongside.Web.Features.Groups;

/// <summary>
/// What a search asks for beyond the place: who the group is for, how it meets, what helps people
/// come, and a language spoken there besides English (matched anywhere in the group's own words,
/// whatever the case).
/// </summary>
public sealed record GroupFilters(GroupAudience Audience = GroupAudience.None, GroupAccess Access = GroupAccess.None, IReadOnlyCollection<GroupFormat>? Formats = null, string? Language = null)
{
    public bool Wants(GroupFormat format) => Formats is null || Formats.Count == 0 || Formats.Contains(format);
}

public sealed record GroupResult(
    Guid Id, string Name, string Description, string Organisation, GroupFormat Format, GroupAudience Audiences, GroupAccess Access,
    string Schedule, string? VenueName, string? District, double? Latitude, double? Longitude, string? Languages, double? DistanceKm);

/// <summary>
/// Nearest groups first. Candidates come from the latitude/longitude index inside a box around
/// the circle, starting small and growing fourfold until twenty are found within it or the radius
/// is reached (at most four reads for the widest search, 2, 8, 32 and 100 km); exact distances then
/// filter and sort, so the top twenty are the same on SQLite and PostgreSQL. The full scan is kept
/// for the benchmark's baseline.
/// </summary>
public static class GroupSearch
{
    public const int PageSize = 20;
    public const double StartKm = 2;

    /// <summary>How much each box's reach grows: fewer reads than doubling, each a little wider.</summary>
    public const double Growth = 4;

    private sealed record Candidate(Guid Id, double Latitude, double Longitude);

    public static async Task<IReadOnlyList<GroupResult>> NearestAsync(AlongsideDbContext db, GeoPoint centre, double radiusKm, GroupFilters filters, int take = PageSize)
    {
        var places = Filtered(db.PeerGroups, filters).Where(g => g.Format != GroupFormat.Online && g.Latitude != null && g.Longitude != null);
        List<(Candidate Group, double Km)> found = [];
        for (var reach = Math.Min(StartKm, radiusKm); ; reach = Math.Min(reach * Growth, radiusKm))
        {
            var (minLat, maxLat, minLon, maxLon) = Geo.BoundingBox(centre, reach);
            var candidates = await places
                .Where(g => g.Latitude >= minLat && g.Latitude <= maxLat && g.Longitude >= minLon && g.Longitude <= maxLon)
                .Select(g => new Candidate(g.Id, g.Latitude!.Value, g.Longitude!.Value)).ToListAsync();
            var r = reach;
            found = candidates.Select(c => (c, Geo.DistanceKm(centre, new GeoPoint(c.Latitude, c.Longitude)))).Where(x => x.Item2 <= r).ToList();
            // Anything outside this reach is further than everything inside it.
            if (found.Count >= take || reach >= radiusKm) break;
        }
        return await DetailsAsync(db, Top(found, take));
    }

    /// <summary>The same answer by reading every group: the baseline the index is measured against.</summary>
    public static async Task<IReadOnlyList<GroupResult>> NearestByFullScanAsync(AlongsideDbContext db, GeoPoint centre, double radiusKm, GroupFilters filters, int take = PageSize)
    {
        var all = await Filtered(db.PeerGroups, filters).Where(g => g.Format != GroupFormat.Online && g.Latitude != null && g.Longitude != null)
            .Select(g => new Candidate(g.Id, g.Latitude!.Value, g.Longitude!.Value)).ToListAsync();
        var found = all.Select(c => (c, Geo.DistanceKm(centre, new GeoPoint(c.Latitude, c.Longitude)))).Where(x => x.Item2 <= radiusKm).ToList();
        return await DetailsAsync(db, Top(found, take));
    }

    /// <summary>Groups that meet only online, by name: distance means nothing for them. One query.</summary>
    public static async Task<IReadOnlyList<GroupResult>> OnlineAsync(AlongsideDbContext db, GroupFilters filters, int take = PageSize)
    {
        if (!filters.Wants(GroupFormat.Online)) return [];
        var rows = await Details(Filtered(db.PeerGroups, filters).Where(g => g.Format == GroupFormat.Online)
            .OrderBy(g => g.Name).ThenBy(g => g.Id).Take(take)).ToListAsync();
        return rows.Select(g => Result(g, null)).ToList();
    }

    private static List<(Guid Id, double? Km)> Top(List<(Candidate Group, double Km)> found, int take) =>
        found.OrderBy(x => x.Km).ThenBy(x => x.Group.Id).Take(take).Select(x => (x.Group.Id, (double?)x.Km)).ToList();

    private static IQueryable<PeerGroup> Filtered(IQueryable<PeerGroup> groups, GroupFilters filters)
    {
        groups = groups.Where(g => g.ClosedAt == null);
        if (filters.Audience != GroupAudience.None) groups = groups.Where(g => (g.Audiences & filters.Audience) != 0);
        if (filters.Access != GroupAccess.None) groups = groups.Where(g => (g.Access & filters.Access) == filters.Access);
        if (filters.Formats is { Count: > 0 } formats) groups = groups.Where(g => formats.Contains(g.Format));
        if (filters.Language is { Length: > 0 } language)
        {
            // Lower-cased on both sides, so SQLite and PostgreSQL agree; Contains is a plain substring, not a pattern.
            var lower = language.ToLowerInvariant();
            groups = groups.Where(g => g.Languages != null && g.Languages.ToLower().Contains(lower));
        }
        return groups;
    }

    private sealed record Row(Guid Id, string Name, string Description, string Organisation, GroupFormat Format, GroupAudience Audiences, GroupAccess Access,
        string Recurrence, TimeOnly StartTime, TimeOnly EndTime, string? VenueName, string? District, double? Latitude, double? Longitude, string? Languages);

    private static IQueryable<Row> Details(IQueryable<PeerGroup> groups) =>
        groups.Select(g => new Row(g.Id, g.Name, g.Description, g.Organisation!.Name, g.Format, g.Audiences, g.Access, g.Recurrence, g.StartTime, g.EndTime,
            g.VenueName, g.District, g.Latitude, g.Longitude, g.Languages));

    private static GroupResult Result(Row g, double? km) =>
        new(g.Id, g.Name, g.Description, g.Organisation, g.Format, g.Audiences, g.Access,
            GroupSchedule.Describe(g.Recurrence, g.StartTime, g.EndTime), g.VenueName, g.District, g.Latitude, g.Longitude, g.Languages,
            km is { } k ? Math.Round(k, 1) : null);

    private static async Task<IReadOnlyList<GroupResult>> DetailsAsync(AlongsideDbContext db, List<(Guid Id, double? Km)> ranked)
    {
        if (ranked.Count == 0) return []; // nothing near: no query for nothing
        var ids = ranked.Select(r => r.Id).ToList();
        var rows = await Details(db.PeerGroups.Where(g => ids.Contains(g.Id))).ToDictionaryAsync(g => g.Id);
        return ranked.Where(r => rows.ContainsKey(r.Id)).Select(r => Result(rows[r.Id], r.Km)).ToList();
    }
}
