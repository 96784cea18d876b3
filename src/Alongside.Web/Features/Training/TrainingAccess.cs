namespace Alongside.Web.Features.Training;

public static class TrainingAccess
{
    /// <summary>
    /// Organisations whose training interest the person works through: where they are an admin
    /// or a supervisor. Asked inside each query, so an interest elsewhere answers 404.
    /// </summary>
    public static IQueryable<Guid> InterestOrganisationsOf(this AlongsideDbContext db, Guid userId) =>
        db.Memberships.Where(m => m.UserId == userId && (m.Role == Role.Admin || m.Role == Role.Supervisor)).Select(m => m.OrganisationId);

    /// <summary>Who hears of a new interest: the receiving organisation's admins and supervisors, once each.</summary>
    public static async Task<List<Recipient>> ReceiversAsync(AlongsideDbContext db, Guid organisationId) =>
        (await db.Memberships.Where(m => m.OrganisationId == organisationId && (m.Role == Role.Admin || m.Role == Role.Supervisor) && m.User!.Email != null)
            .Select(m => new { m.UserId, m.User!.Email, m.User.DisplayName }).ToListAsync())
        .DistinctBy(m => m.UserId).Select(m => new Recipient(m.Email!, m.DisplayName)).ToList();
}
