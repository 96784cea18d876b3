using Alongside.Web.Infrastructure.Security;

namespace Alongside.Web.Kernel.Families;

/// <summary>
/// Who may see which family, as query filters so the check runs inside the SQL.
/// Later capabilities narrow these further (care team, consent).
/// </summary>
public static class FamilyAccess
{
    private static readonly Role[] WorkerRoles = [.. RoleNames.FamilyWorkerRoles];

    /// <summary>
    /// Families the person cares for. Written as "id in (their families)" rather than a
    /// per-row EXISTS, so the database starts from the carer's index, not from every family, when
    /// little else is read; a query that joins lists to each family starts from
    /// <see cref="FamiliesCaredForBy"/> instead.
    /// </summary>
    public static IQueryable<Kernel.Families.Family> CaredForBy(this IQueryable<Kernel.Families.Family> families, AlongsideDbContext db, Guid userId) =>
        families.Where(f => db.FamilyCarers.Where(c => c.UserId == userId).Select(c => c.FamilyId).Contains(f.Id));

    /// <summary>
    /// Families the person cares for, starting from their carer rows. For a query that joins more to
    /// each family (its children, care team, sessions) this is the root to use: given every family
    /// with "id in (their families)" at the end, PostgreSQL joined all 100,000 families to the rest
    /// before keeping the carer's one (140 ms a request against 4 ms from the carer's row).
    /// </summary>
    public static IQueryable<Kernel.Families.Family> FamiliesCaredForBy(this AlongsideDbContext db, Guid userId) =>
        db.FamilyCarers.Where(c => c.UserId == userId).Select(c => c.Family!);

    /// <summary>The ids of the families the person cares for, to filter other records by.</summary>
    public static IQueryable<Guid> FamilyIdsCaredForBy(this AlongsideDbContext db, Guid userId) =>
        db.FamilyCarers.Where(c => c.UserId == userId).Select(c => c.FamilyId);

    /// <summary>Families whose care team the person is on: the only staff who see private clinical records.</summary>
    public static IQueryable<Kernel.Families.Family> OnCareTeam(this IQueryable<Kernel.Families.Family> families, AlongsideDbContext db, Guid userId) =>
        families.Where(f => db.CareTeamMembers.Any(c => c.FamilyId == f.Id && c.UserId == userId));

    /// <summary>Families that an organisation works with, where the person is a family worker there.</summary>
    public static IQueryable<Kernel.Families.Family> WorkedWithBy(this IQueryable<Kernel.Families.Family> families, AlongsideDbContext db, Guid userId) =>
        families.Where(f => f.Organisations.Any(fo => db.Memberships.Any(m =>
            m.UserId == userId && m.OrganisationId == fo.OrganisationId && WorkerRoles.Contains(m.Role))));
}
