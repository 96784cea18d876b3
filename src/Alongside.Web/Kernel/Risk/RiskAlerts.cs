namespace Alongside.Web.Kernel.Risk;

/// <summary>Tells the people who support a family that something they wrote needs a look soon.</summary>
public static class RiskAlerts
{
    public static async Task AlertCareTeamAsync(AlongsideDbContext db, Notices notices, Guid familyId, string where, string path)
    {
        var people = await FamilyRecipients.CareTeamAsync(db, familyId);
        if (people.Count == 0)
        {
            // No care team yet: the admins of the organisations working with the family.
            var organisations = db.FamilyOrganisations.Where(o => o.FamilyId == familyId).Select(o => o.OrganisationId);
            people = await db.Memberships.Where(m => organisations.Contains(m.OrganisationId) && m.Role == Role.Admin && m.User!.Email != null)
                .Select(m => new Recipient(m.User!.Email!, m.User.DisplayName)).Distinct().Take(20).ToListAsync();
        }
        notices.Send(people, new RiskAlertNotice(where, path));
    }
}
