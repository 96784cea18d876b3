
namespace Alongside.Web.Features.Family;

public sealed record FamilyReferralView(
    Guid Id, string Organisation, string ChildName, DateTimeOffset SubmittedAt, ReferralStatus Status,
    string? DeclineReason, int? Position, int? ExpectedWaitWeeks, bool SentByMe = false);

public static class FamilyReferrals
{
    public const int Shown = 50;

    /// <summary>A referral as read, with the counts its waiting-list place comes from (<see cref="WaitingPlaces"/>).</summary>
    public sealed class Row
    {
        public Guid Id { get; init; }
        public Guid FamilyId { get; init; }
        public required string Organisation { get; init; }
        public required string Child { get; init; }
        public DateTimeOffset SubmittedAt { get; init; }
        public ReferralStatus Status { get; init; }
        public string? DeclineReason { get; init; }
        /// <summary>Who sent it, when a carer asked for help themselves.</summary>
        public Guid? SubmittedByUserId { get; init; }
        public int? Higher { get; init; }
        public int? Longer { get; init; }
        public int Left { get; init; }
    }

    /// <summary>
    /// Referrals with their places, for the caller to narrow to a family the person cares for
    /// (by <see cref="Row.FamilyId"/>) inside its own query.
    /// </summary>
    public static IQueryable<Row> Placed(AlongsideDbContext db, DateTimeOffset now) =>
        db.Referrals
            .WithPlaces(db, now)
            .Select(p => new Row
            {
                Id = p.Referral.Id,
                FamilyId = p.Referral.FamilyId,
                // Subqueries rather than navigations: one row per referral, whatever the caller adds after.
                Organisation = db.Organisations.Where(o => o.Id == p.Referral.OrganisationId).Select(o => o.Name).First(),
                Child = db.Children.Where(c => c.Id == p.Referral.ChildId).Select(c => c.FirstName).First(),
                SubmittedAt = p.Referral.SubmittedAt,
                Status = p.Referral.Status,
                DeclineReason = p.Referral.DeclineReason,
                SubmittedByUserId = p.Referral.Source == ReferralSource.Self ? p.Referral.SubmittedByUserId : (Guid?)null,
                Higher = p.Higher,
                Longer = p.Longer,
                Left = p.Left,
            });

    public static FamilyReferralView View(Row r, Guid me)
    {
        var place = WaitingPlaces.Place(r.Higher, r.Longer, r.Left);
        return new FamilyReferralView(r.Id, r.Organisation, r.Child, r.SubmittedAt, r.Status, r.DeclineReason, place?.Position, place?.ExpectedWaitWeeks, SentByMe: r.SubmittedByUserId == me);
    }
}
