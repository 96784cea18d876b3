
namespace Alongside.Web.Features.PeerSupport;

public static class PeerAccess
{
    /// <summary>Organisations the person coordinates peer support for (supervisor or admin).</summary>
    public static IQueryable<Guid> CoordinatedBy(this AlongsideDbContext db, Guid userId) =>
        db.Memberships.Where(m => m.UserId == userId && (m.Role == Role.Supervisor || m.Role == Role.Admin)).Select(m => m.OrganisationId);

    /// <summary>Requests the person may read: the supporter matched to it, or a coordinator of its organisation.</summary>
    public static IQueryable<PeerSupportRequest> VisibleTo(this IQueryable<PeerSupportRequest> requests, AlongsideDbContext db, Guid userId) =>
        requests.Where(r => r.SupporterUserId == userId || db.CoordinatedBy(userId).Contains(r.OrganisationId));
}
