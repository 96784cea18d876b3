
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
            : referrals.Where(r => !db.Services.Any(s => s.Id == r.ServiceId && s.OwnWaitingList));

    /// <summary>
    /// Place and expected wait for each waiting referral given, in one query: the number ahead
    /// on the same list and the list's recent leavers are subqueries on the (organisation,
    /// status) index.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, WaitingPlace>> ForAsync(AlongsideDbContext db, IReadOnlyCollection<Guid> referralIds, DateTimeOffset now)
    {
        if (referralIds.Count == 0) return new Dictionary<Guid, WaitingPlace>();
        var since = now - WaitingListRules.RateWindow;
        var rows = await (
            from r in db.Referrals
            where referralIds.Contains(r.Id) && r.Status == ReferralStatus.WaitingList
            let list = db.Services.Where(s => s.Id == r.ServiceId && s.OwnWaitingList).Select(s => (Guid?)s.Id).FirstOrDefault()
            select new
            {
                r.Id,
                Ahead = db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList
                    && (list == null ? !db.Services.Any(s => s.Id == o.ServiceId && s.OwnWaitingList) : o.ServiceId == list)
                    && (o.Priority > r.Priority || (o.Priority == r.Priority && o.WaitingSince < r.WaitingSince))),
                Left = db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.LeftWaitingListAt >= since
                    && (list == null ? !db.Services.Any(s => s.Id == o.ServiceId && s.OwnWaitingList) : o.ServiceId == list)),
            }).ToListAsync();
        return rows.ToDictionary(r => r.Id, r => new WaitingPlace(r.Ahead + 1,
            WaitingListRules.ExpectedWaitWeeks(r.Ahead + 1, r.Left, WaitingListRules.RateWindow)));
    }
}
