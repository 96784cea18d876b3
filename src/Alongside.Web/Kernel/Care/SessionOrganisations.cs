namespace Alongside.Web.Kernel.Care;

/// <summary>Which organisation delivers a session being booked, so reports can count it without joins.</summary>
public static class SessionOrganisations
{
    /// <summary>The plan's organisation when the session counts against a plan; otherwise the clinician's organisation that works with the family.</summary>
    public static async Task<Guid?> OfAsync(AlongsideDbContext db, Guid? planItemId, Guid clinicianId, Guid familyId)
    {
        if (planItemId is { } item)
        {
            return await db.PlanItems.Where(i => i.Id == item)
                .Join(db.SupportPlans, i => i.PlanId, p => p.Id, (i, p) => (Guid?)p.OrganisationId)
                .FirstOrDefaultAsync();
        }
        return await db.Memberships
            .Where(m => m.UserId == clinicianId && m.Role == Role.Clinician
                        && db.FamilyOrganisations.Any(f => f.FamilyId == familyId && f.OrganisationId == m.OrganisationId))
            .OrderBy(m => m.CreatedAt).Select(m => (Guid?)m.OrganisationId).FirstOrDefaultAsync();
    }
}
