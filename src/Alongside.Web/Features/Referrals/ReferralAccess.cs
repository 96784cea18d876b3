
namespace Alongside.Web.Features.Referrals;

public static class ReferralAccess
{
    /// <summary>
    /// Referrals sent to an organisation where the person triages: its clinicians and admins. Asked as
    /// "organisation in the person's", so the referrals' organisation index is sought, not walked whole.
    /// </summary>
    public static IQueryable<Referral> TriagedBy(this IQueryable<Referral> referrals, AlongsideDbContext db, Guid userId)
    {
        var organisations = db.Memberships.Where(m => m.UserId == userId && (m.Role == Role.Clinician || m.Role == Role.Admin)).Select(m => m.OrganisationId);
        return referrals.Where(r => organisations.Contains(r.OrganisationId));
    }

    /// <summary>The organisations where the person triages: clinician or admin there.</summary>
    public static Task<List<Guid>> TriageOrganisationsAsync(this AlongsideDbContext db, Guid userId) =>
        db.Memberships.Where(m => m.UserId == userId && (m.Role == Role.Clinician || m.Role == Role.Admin))
            .Select(m => m.OrganisationId).Distinct().ToListAsync();

    /// <summary>
    /// Referrals of the organisations given, named by equality when there is one (most people): the
    /// (organisation, status, ...) index then gives a page its order and the read stops after the
    /// page, where "organisation in a list" sorted every referral of that status first (at 10,000
    /// new referrals, 66 ms against under 1 ms). Not an access check: pair it with <see cref="TriagedBy"/>.
    /// </summary>
    public static IQueryable<Referral> InOrganisations(this IQueryable<Referral> referrals, IReadOnlyList<Guid> organisations)
    {
        if (organisations.Count != 1) return referrals.Where(r => organisations.Contains(r.OrganisationId));
        var only = organisations[0];
        return referrals.Where(r => r.OrganisationId == only);
    }

    /// <summary>Possible duplicates: same organisation, and the same child (name and date of birth) or the same carer email.</summary>
    public static IQueryable<Referral> DuplicatesOf(this IQueryable<Referral> referrals, Referral r) =>
        referrals.Where(o => o.Id != r.Id && o.OrganisationId == r.OrganisationId
            && ((o.Child!.FirstName.ToLower() == r.Child!.FirstName.ToLower() && o.Child.DateOfBirth == r.Child.DateOfBirth)
                || (o.CarerEmail != null && o.CarerEmail == r.CarerEmail)));
}
