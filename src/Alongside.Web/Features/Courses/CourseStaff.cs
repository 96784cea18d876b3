namespace Alongside.Web.Features.Courses;

/// <summary>Who runs what: admins run their organisations' courses; facilitators (and those admins) run a cohort.</summary>
public static class CourseStaff
{
    public static IQueryable<Guid> OrganisationsRunBy(AlongsideDbContext db, Guid userId) =>
        db.Memberships.Where(m => m.UserId == userId && m.Role == Role.Admin).Select(m => m.OrganisationId);

    public static IQueryable<Cohort> CohortsRunBy(AlongsideDbContext db, Guid userId) =>
        db.Cohorts.Where(k => k.Facilitators.Any(f => f.UserId == userId) || OrganisationsRunBy(db, userId).Contains(k.OrganisationId));
}
