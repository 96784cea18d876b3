
namespace Alongside.Web.Features.PeerSupport;

public static class PeerAccess
{
    /// <summary>Organisations the person coordinates peer support for (supervisor or admin).</summary>
    public static IQueryable<Guid> CoordinatedBy(this AlongsideDbContext db, Guid userId) =>
        db.Memberships.Where(m => m.UserId == userId && (m.Role == Role.Supervisor || m.Role == Role.Admin)).Select(m => m.OrganisationId);

    /// <summary>
    /// Matches the person may open: the supporter only while the match is on (not while it is only
    /// proposed, and never after it ends); a coordinator of its organisation while it is on and
    /// afterwards, since the contact log and any concern stay with the organisation.
    /// </summary>
    public static IQueryable<PeerSupportRequest> MatchesVisibleTo(this IQueryable<PeerSupportRequest> requests, AlongsideDbContext db, Guid userId) =>
        requests.Where(r => (r.Status == PeerRequestStatus.Matched && r.SupporterUserId == userId)
                            || (r.SupporterUserId != null && (r.Status == PeerRequestStatus.Matched || r.Status == PeerRequestStatus.Closed)
                                && db.CoordinatedBy(userId).Contains(r.OrganisationId)));
}
