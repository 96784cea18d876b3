
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
    /// Place and expected wait for each waiting referral given, in one query. Who is ahead is
    /// counted in two ranges of the (organisation, status, priority, waiting since, service)
    /// index, a higher priority and the same priority waiting longer, without reading the rows;
    /// recent leavers come from the (organisation, left) index.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, WaitingPlace>> ForAsync(AlongsideDbContext db, IReadOnlyCollection<Guid> referralIds, DateTimeOffset now)
    {
        if (referralIds.Count == 0) return new Dictionary<Guid, WaitingPlace>();
        var since = now - WaitingListRules.RateWindow;
        var ownLists = OwnListServiceIds(db);
        var rows = await (
            from r in db.Referrals
            where referralIds.Contains(r.Id) && r.Status == ReferralStatus.WaitingList
            let list = r.ServiceId != null && ownLists.Contains(r.ServiceId.Value) ? r.ServiceId : null
            select new
            {
                r.Id,
                Higher = db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList && o.Priority > r.Priority
                    && (list == null ? o.ServiceId == null || !ownLists.Contains(o.ServiceId.Value) : o.ServiceId == list)),
                Longer = db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList && o.Priority == r.Priority
                    && o.WaitingSince < r.WaitingSince
                    && (list == null ? o.ServiceId == null || !ownLists.Contains(o.ServiceId.Value) : o.ServiceId == list)),
                Left = db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.LeftWaitingListAt >= since
                    && (list == null ? o.ServiceId == null || !ownLists.Contains(o.ServiceId.Value) : o.ServiceId == list)),
            }).ToListAsync();
        return rows.ToDictionary(r => r.Id, r => new WaitingPlace(r.Higher + r.Longer + 1,
            WaitingListRules.ExpectedWaitWeeks(r.Higher + r.Longer + 1, r.Left, WaitingListRules.RateWindow)));
    }
}
