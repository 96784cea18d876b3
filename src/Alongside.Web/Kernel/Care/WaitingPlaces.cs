
namespace Alongside.Web.Kernel.Care;

public sealed record WaitingPlace(int Position, int? ExpectedWaitWeeks);

public static class WaitingPlaces
{
    /// <summary>
    /// Place and expected wait for each waiting referral given, in one query: the number ahead
    /// and the recent leavers are subqueries on the (organisation, status) index.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, WaitingPlace>> ForAsync(AlongsideDbContext db, IReadOnlyCollection<Guid> referralIds, DateTimeOffset now)
    {
        if (referralIds.Count == 0) return new Dictionary<Guid, WaitingPlace>();
        var since = now - WaitingListRules.RateWindow;
        var rows = await db.Referrals
            .Where(r => referralIds.Contains(r.Id) && r.Status == ReferralStatus.WaitingList)
            .Select(r => new
            {
                r.Id,
                Ahead = db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList
                    && (o.Priority > r.Priority || (o.Priority == r.Priority && o.WaitingSince < r.WaitingSince))),
                Left = db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.LeftWaitingListAt >= since),
            })
            .ToListAsync();
        return rows.ToDictionary(r => r.Id, r => new WaitingPlace(r.Ahead + 1,
            WaitingListRules.ExpectedWaitWeeks(r.Ahead + 1, r.Left, WaitingListRules.RateWindow)));
    }
}
