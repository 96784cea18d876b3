using Alongside.Web.Kernel.Care.WaitingTallies;

namespace Alongside.Web.Kernel.Care;

public sealed record WaitingPlace(int Position, int? ExpectedWaitWeeks);

/// <summary>
/// An organisation keeps one shared waiting list, and each of its services that asks for its own
/// (<see cref="Service.OwnWaitingList"/>) keeps one apart: a referral naming such a service waits
/// only behind that service's referrals, and everyone else waits on the shared list.
/// </summary>
public static class WaitingPlaces
{
    /// <summary>The referrals on one list: <paramref name="ownListServiceId"/> null is the shared list.</summary>
    public static IQueryable<Referral> OnList(this IQueryable<Referral> referrals, AlongsideDbContext db, Guid? ownListServiceId) =>
        ownListServiceId is { } service
            ? referrals.Where(r => r.ServiceId == service)
            : referrals.Where(r => r.ServiceId == null || !OwnListServiceIds(db).Contains(r.ServiceId.Value));

    /// <summary>The services that keep their own list: few, read once per query rather than once per referral.</summary>
    private static IQueryable<Guid> OwnListServiceIds(AlongsideDbContext db) => db.Services.Where(s => s.OwnWaitingList).Select(s => s.Id);

    /// <summary>
    /// Place and expected wait for each waiting referral given, in one query (see <see cref="WithPlaces"/>).
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, WaitingPlace>> ForAsync(AlongsideDbContext db, IReadOnlyCollection<Guid> referralIds, DateTimeOffset now)
    {
        if (referralIds.Count == 0) return new Dictionary<Guid, WaitingPlace>();
        var rows = await db.Referrals.Where(r => referralIds.Contains(r.Id) && r.Status == ReferralStatus.WaitingList)
            .WithPlaces(db, now).Select(p => new { p.Referral.Id, p.Higher, p.Longer, p.Left }).ToListAsync();
        return rows.ToDictionary(r => r.Id, r => Place(r.Higher, r.Longer, r.Left)!);
    }

    /// <summary>A referral with what its place on its list is worked out from; the counts are null unless it is waiting.</summary>
    public sealed class PlacedReferral
    {
        public required Referral Referral { get; init; }
        public int? Higher { get; init; }
        public int? Longer { get; init; }
        public int Left { get; init; }
    }

    /// <summary>
    /// Each referral with the counts its place comes from, inside the caller's own query, so a page
    /// listing referrals needs no second round trip. Nothing is counted for a referral that is not waiting.
    /// While the organisation's waiting tallies are built and unmarked (<see cref="WaitingTallies"/>),
    /// the counts are whole buckets from them plus the records of the one bucket the referral's own
    /// time falls in: a few hundred rows rather than the whole list ahead (16,660 index entries for the
    /// back of a 100,000-family service's list). Otherwise they are counted from the records: who is
    /// ahead in two ranges of the (organisation, status, priority, waiting since, service) index, a
    /// higher priority and the same priority waiting longer, without reading the rows; recent leavers
    /// from the (organisation, left, service) index. Which list the referral is on is decided once,
    /// outside the record counts: asked inside them, SQLite decided it again for every row counted
    /// (14 ms against 1 ms for the back of a 17,000 list).
    /// </summary>
    public static IQueryable<PlacedReferral> WithPlaces(this IQueryable<Referral> referrals, AlongsideDbContext db, DateTimeOffset now)
    {
        var since = now - WaitingListRules.RateWindow;
        var ownLists = OwnListServiceIds(db);
        return
            from r in referrals
            let waiting = r.Status == ReferralStatus.WaitingList
            let ownList = r.ServiceId != null && ownLists.Contains(r.ServiceId.Value)
            let tallied = db.WaitingListBuilds.Any(b => b.OrganisationId == r.OrganisationId) && !db.WaitingListMarks.Any(m => m.OrganisationId == r.OrganisationId)
            // The edges of the whole buckets, over every list (the buckets lie on one grid, so any list's edge is every list's):
            // the end of the last week at this priority that ended before the referral joined, and the start of the first
            // tallied leaving day inside the window. Never null, so the records between them and the referral are one index range.
            let weeksEnd = db.WaitingTallies.Where(t => t.OrganisationId == r.OrganisationId && t.Kind == WaitingTallyKind.Waiting && t.Priority == r.Priority && t.End <= r.WaitingSince).Max(t => (DateTimeOffset?)t.End) ?? WaitingTallyGrid.Before
            let daysStart = db.WaitingTallies.Where(t => t.OrganisationId == r.OrganisationId && t.Kind == WaitingTallyKind.Left && t.Priority == 0 && t.Start >= since).Min(t => (DateTimeOffset?)t.Start) ?? WaitingTallyGrid.Never
            select new PlacedReferral
            {
                Referral = r,
                Higher = !waiting ? null : tallied
                    ? db.WaitingTallies.Where(t => t.OrganisationId == r.OrganisationId && t.Kind == WaitingTallyKind.Waiting && t.Priority > r.Priority && (ownList ? t.ListServiceId == r.ServiceId : t.ListServiceId == null)).Sum(t => t.Count)
                    : ownList
                        ? db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList && o.Priority > r.Priority && o.ServiceId == r.ServiceId)
                        : db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList && o.Priority > r.Priority && (o.ServiceId == null || !ownLists.Contains(o.ServiceId.Value))),
                Longer = !waiting ? null : tallied
                    ? db.WaitingTallies.Where(t => t.OrganisationId == r.OrganisationId && t.Kind == WaitingTallyKind.Waiting && t.Priority == r.Priority && t.End <= r.WaitingSince && (ownList ? t.ListServiceId == r.ServiceId : t.ListServiceId == null)).Sum(t => t.Count)
                      + (ownList
                          ? db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList && o.Priority == r.Priority && o.WaitingSince < r.WaitingSince && o.WaitingSince >= weeksEnd && o.ServiceId == r.ServiceId)
                          : db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList && o.Priority == r.Priority && o.WaitingSince < r.WaitingSince && o.WaitingSince >= weeksEnd && (o.ServiceId == null || !ownLists.Contains(o.ServiceId.Value))))
                    : ownList
                        ? db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList && o.Priority == r.Priority && o.WaitingSince < r.WaitingSince && o.ServiceId == r.ServiceId)
                        : db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList && o.Priority == r.Priority && o.WaitingSince < r.WaitingSince && (o.ServiceId == null || !ownLists.Contains(o.ServiceId.Value))),
                Left = !waiting ? 0 : tallied
                    ? db.WaitingTallies.Where(t => t.OrganisationId == r.OrganisationId && t.Kind == WaitingTallyKind.Left && t.Priority == 0 && t.Start >= since && (ownList ? t.ListServiceId == r.ServiceId : t.ListServiceId == null)).Sum(t => t.Count)
                      + (ownList
                          ? db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.LeftWaitingListAt >= since && o.LeftWaitingListAt < daysStart && o.ServiceId == r.ServiceId)
                          : db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.LeftWaitingListAt >= since && o.LeftWaitingListAt < daysStart && (o.ServiceId == null || !ownLists.Contains(o.ServiceId.Value))))
                    : ownList
                        ? db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.LeftWaitingListAt >= since && o.ServiceId == r.ServiceId)
                        : db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.LeftWaitingListAt >= since && (o.ServiceId == null || !ownLists.Contains(o.ServiceId.Value))),
            };
    }

    /// <summary>The place those counts give: null for a referral that is not waiting.</summary>
    public static WaitingPlace? Place(int? higher, int? longer, int left) =>
        higher is { } h && longer is { } l
            ? new WaitingPlace(h + l + 1, WaitingListRules.ExpectedWaitWeeks(h + l + 1, left, WaitingListRules.RateWindow))
            : null;
}
