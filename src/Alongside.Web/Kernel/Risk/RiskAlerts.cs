
namespace Alongside.Web.Kernel.Risk;

/// <summary>
/// Tells the people who support a family that something they wrote needs a look soon. The email
/// says where, never what: they sign in to read it.
/// </summary>
public static class RiskAlerts
{
    public static async Task AlertCareTeamAsync(AlongsideDbContext db, Outbox outbox, HttpContext http, Guid familyId, string where, string path)
    {
        var people = await db.CareTeamMembers.Where(c => c.FamilyId == familyId)
            .Select(c => new { c.User!.Email, c.User.DisplayName }).Distinct().Take(20).ToListAsync();
        if (people.Count == 0)
        {
            // No care team yet: the admins of the organisations working with the family.
            var organisations = db.FamilyOrganisations.Where(o => o.FamilyId == familyId).Select(o => o.OrganisationId);
            people = await db.Memberships.Where(m => organisations.Contains(m.OrganisationId) && m.Role == Role.Admin)
                .Select(m => new { m.User!.Email, m.User.DisplayName }).Distinct().Take(20).ToListAsync();
        }
        foreach (var person in people.Where(p => p.Email is not null))
        {
            outbox.Enqueue(person.Email!, person.DisplayName, "Please look soon: a family may need urgent help",
                $"""
                Hello {person.DisplayName},

                A family you support has written something in {where} that may mean someone is at risk.
                They have been shown where to get urgent help. Please sign in and read it soon:
                {Links.Absolute(http, path)}

                Alongside
                """);
        }
    }
}
