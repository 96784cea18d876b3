namespace Alongside.Web.Kernel.Families;

/// <summary>The people a family notice goes to, read in one query each.</summary>
public static class FamilyRecipients
{
    public static Task<List<Recipient>> CarersAsync(AlongsideDbContext db, Guid familyId, Guid? except = null) =>
        db.FamilyCarers.Where(c => c.FamilyId == familyId && c.UserId != except && c.User!.Email != null)
            .Select(c => new Recipient(c.User!.Email!, c.User.DisplayName)).Take(20).ToListAsync();

    public static Task<List<Recipient>> CareTeamAsync(AlongsideDbContext db, Guid familyId) =>
        db.CareTeamMembers.Where(c => c.FamilyId == familyId && c.User!.Email != null)
            .Select(c => new Recipient(c.User!.Email!, c.User.DisplayName)).Distinct().Take(20).ToListAsync();

    /// <summary>One person (a family's clinician, say), unless their account is closed and so has no address.</summary>
    public static Task<Recipient?> PersonAsync(AlongsideDbContext db, Guid userId) =>
        db.Users.Where(u => u.Id == userId && u.Email != null)
            .Select(u => new Recipient(u.Email!, u.DisplayName)).SingleOrDefaultAsync();

    /// <summary>
    /// A clinician and a family's carers together, for a session's two emails: one query, a union of
    /// the two index lookups (an OR across them would read every account).
    /// </summary>
    public static async Task<(Recipient? Clinician, List<Recipient> Carers)> ClinicianAndCarersAsync(AlongsideDbContext db, Guid clinicianId, Guid familyId)
    {
        var carers = db.FamilyCarers.Where(c => c.FamilyId == familyId && c.User!.Email != null)
            .Select(c => new { IsCarer = true, Email = c.User!.Email!, c.User.DisplayName });
        var clinician = db.Users.Where(u => u.Id == clinicianId && u.Email != null)
            .Select(u => new { IsCarer = false, Email = u.Email!, u.DisplayName });
        // The clinician first, then carers: at most 20 of them, as CarersAsync sends to.
        var people = await clinician.Concat(carers).OrderBy(p => p.IsCarer).Take(21).ToListAsync();
        return (people.Where(p => !p.IsCarer).Select(p => new Recipient(p.Email, p.DisplayName)).FirstOrDefault(),
            people.Where(p => p.IsCarer).Take(20).Select(p => new Recipient(p.Email, p.DisplayName)).ToList());
    }

    /// <summary>Staff of one organisation in either of two roles (clinicians and admins for triage, say), at most 50.</summary>
    public static Task<List<Recipient>> StaffAsync(AlongsideDbContext db, Guid organisationId, Role role, Role orRole) =>
        db.Memberships.Where(m => m.OrganisationId == organisationId && (m.Role == role || m.Role == orRole) && m.User!.Email != null)
            .Select(m => new Recipient(m.User!.Email!, m.User.DisplayName)).Distinct().Take(50).ToListAsync();
}
