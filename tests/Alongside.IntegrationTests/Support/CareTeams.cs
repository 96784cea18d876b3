
namespace Alongside.IntegrationTests.Support;

public static class CareTeams
{
    /// <summary>A family worked with by a new organisation, and a clinician there on its care team, signed in.</summary>
    public static async Task<(Organisation Org, Person Parent, Guid FamilyId, Person Clinician, HttpClient Browser)> FamilyWithCareTeamAsync(this AlongsideApp app)
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);
        await app.JoinCareTeamAsync(familyId, clinician, org);
        return (org, parent, familyId, clinician, browser);
    }

    /// <summary>
    /// Arranged: the clinician is on the family's care team, as if an admin had accepted their
    /// request. CareTeamTests walks the real asking and deciding.
    /// </summary>
    public static Task<int> JoinCareTeamAsync(this AlongsideApp app, Guid familyId, Person clinician, Organisation org) =>
        app.WithDbAsync(async db =>
        {
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = familyId, UserId = clinician.Id, OrganisationId = org.Id, AddedAt = app.Now });
            return await db.SaveChangesAsync();
        });

    public static async Task<Guid> ChildIdAsync(this AlongsideApp app, Guid familyId) =>
        await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            System.Linq.Queryable.Select(System.Linq.Queryable.Where(db.Children, c => c.FamilyId == familyId), c => c.Id)));

    /// <summary>A plan form: parenting sessions and coaching, each with its funding and cost.</summary>
    public static Dictionary<string, string> PlanForm(this AlongsideApp app, Guid childId, decimal sessionCost = 1200m, FundingRoute funding = FundingRoute.Asgsf) => new()
    {
        ["Input.ChildId"] = childId.ToString(),
        ["Input.ReviewDay"] = "1",
        ["Input.ReviewMonth"] = "6",
        ["Input.ReviewYear"] = (app.Now.UtcDateTime.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Goal1"] = "Bedtimes without shouting",
        ["Input.Goal2"] = "Robin can tell us when school is hard",
        ["Input.Items[0].Include"] = "true",
        ["Input.Items[0].Sessions"] = "6",
        ["Input.Items[0].Funding"] = funding.ToString(),
        ["Input.Items[0].Cost"] = sessionCost.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Items[1].Include"] = "true",
        ["Input.Items[1].Sessions"] = "4",
        ["Input.Items[1].Funding"] = nameof(FundingRoute.SelfFunded),
        ["Input.Items[1].Cost"] = "400",
        ["Input.FundingWarningSeen"] = "false",
    };
}
