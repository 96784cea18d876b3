using Alongside.Web.Data;
using Alongside.Web.Domain;
using Alongside.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Alongside.Web.Features.Family;

public sealed record FamilyReferralView(
    Guid Id, string Organisation, string ChildName, DateTimeOffset SubmittedAt, ReferralStatus Status,
    string? DeclineReason, int? Position, int? ExpectedWaitWeeks);

public static class FamilyReferrals
{
    /// <summary>
    /// The family's referrals with their place on each waiting list, in one query: the position
    /// and the recent leaving count are subqueries, so this does not grow with the list.
    /// </summary>
    public static async Task<IReadOnlyList<FamilyReferralView>> ForCarerAsync(AlongsideDbContext db, Guid userId, DateTimeOffset now)
    {
        var since = now - WaitingListRules.RateWindow;
        var rows = await db.Referrals
            .Where(r => r.Family!.Carers.Any(c => c.UserId == userId))
            .OrderByDescending(r => r.SubmittedAt)
            .Take(50)
            .Select(r => new
            {
                r.Id,
                Organisation = r.Organisation!.Name,
                Child = r.Child!.FirstName,
                r.SubmittedAt,
                r.Status,
                r.DeclineReason,
                Ahead = r.Status == ReferralStatus.WaitingList
                    ? db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.Status == ReferralStatus.WaitingList
                        && (o.Priority > r.Priority || (o.Priority == r.Priority && o.WaitingSince < r.WaitingSince)))
                    : 0,
                Left = r.Status == ReferralStatus.WaitingList
                    ? db.Referrals.Count(o => o.OrganisationId == r.OrganisationId && o.LeftWaitingListAt >= since)
                    : 0,
            })
            .ToListAsync();
        return rows.Select(r =>
        {
            int? position = r.Status == ReferralStatus.WaitingList ? r.Ahead + 1 : null;
            return new FamilyReferralView(r.Id, r.Organisation, r.Child, r.SubmittedAt, r.Status, r.DeclineReason, position,
                position is null ? null : WaitingListRules.ExpectedWaitWeeks(position.Value, r.Left, WaitingListRules.RateWindow));
        }).ToList();
    }
}
