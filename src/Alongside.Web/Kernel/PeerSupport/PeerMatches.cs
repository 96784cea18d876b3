namespace Alongside.Web.Kernel.PeerSupport;

/// <summary>
/// A peer support match as other features see it. The request itself (<see cref="PeerSupportRequest"/>)
/// lives here, not in Features/PeerSupport, because messages between a parent and their matched
/// supporter need to know who is matched, with which organisation and whether the match is still on;
/// moving the one entity was smaller than a second query layer over it. Its pages and rules stay in
/// Features/PeerSupport.
/// </summary>
public static class PeerMatches
{
    /// <summary>Organisations where the person is a supervisor. Admins are not: supervision is the supervisor's own.</summary>
    public static IQueryable<Guid> SupervisedBy(this AlongsideDbContext db, Guid userId) =>
        db.Memberships.Where(m => m.UserId == userId && m.Role == Role.Supervisor).Select(m => m.OrganisationId);

    /// <summary>Matches that are on: the parent said yes and nobody has ended it.</summary>
    public static IQueryable<PeerSupportRequest> On(this IQueryable<PeerSupportRequest> requests) =>
        requests.Where(r => r.Status == PeerRequestStatus.Matched && r.SupporterUserId != null);

    /// <summary>
    /// Matches a supervisor oversees: ones that are on or have ended (never only proposed) in an
    /// organisation they supervise, never one where they are the supporter.
    /// </summary>
    public static IQueryable<PeerSupportRequest> SupervisedMatches(this AlongsideDbContext db, Guid userId) =>
        db.PeerSupportRequests.Where(r => r.SupporterUserId != null && r.SupporterUserId != userId
            && (r.Status == PeerRequestStatus.Matched || r.Status == PeerRequestStatus.Closed)
            && db.SupervisedBy(userId).Contains(r.OrganisationId));
}
