
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

    /// <summary>Possible duplicates: same organisation, and the same child (name and date of birth) or the same carer email.</summary>
    public static IQueryable<Referral> DuplicatesOf(this IQueryable<Referral> referrals, Referral r) =>
        referrals.Where(o => o.Id != r.Id && o.OrganisationId == r.OrganisationId
            && ((o.Child!.FirstName.ToLower() == r.Child!.FirstName.ToLower() && o.Child.DateOfBirth == r.Child.DateOfBirth)
                || (o.CarerEmail != null && o.CarerEmail == r.CarerEmail)));
}
