
namespace Alongside.Web.Features.Family;

public sealed record FamilyReferralView(
    Guid Id, string Organisation, string ChildName, DateTimeOffset SubmittedAt, ReferralStatus Status,
    string? DeclineReason, int? Position, int? ExpectedWaitWeeks, bool SentByMe = false);

public static class FamilyReferrals
{
    /// <summary>The family's referrals, newest first, with their place on any waiting list. Two queries.</summary>
    public static async Task<IReadOnlyList<FamilyReferralView>> ForCarerAsync(AlongsideDbContext db, Guid userId, DateTimeOffset now)
    {
        var rows = await db.Referrals
            .Where(r => db.FamilyIdsCaredForBy(userId).Contains(r.FamilyId))
            .OrderByDescending(r => r.SubmittedAt)
            .Take(50)
            .Select(r => new { r.Id, Organisation = r.Organisation!.Name, Child = r.Child!.FirstName, r.SubmittedAt, r.Status, r.DeclineReason, SentByMe = r.Source == ReferralSource.Self && r.SubmittedByUserId == userId })
            .ToListAsync();
        var places = await WaitingPlaces.ForAsync(db, rows.Where(r => r.Status == ReferralStatus.WaitingList).Select(r => r.Id).ToList(), now);
        return rows.Select(r =>
        {
            var place = places.GetValueOrDefault(r.Id);
            return new FamilyReferralView(r.Id, r.Organisation, r.Child, r.SubmittedAt, r.Status, r.DeclineReason, place?.Position, place?.ExpectedWaitWeeks, r.SentByMe);
        }).ToList();
    }
}
