using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Assessments;

public abstract class AssessmentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private Dictionary<string, string> Form(Guid childId) => new()
    {
        ["Input.ChildId"] = childId.ToString(),
        ["Input.Kind"] = nameof(AssessmentKind.TherapeuticNeed),
        ["Input.Day"] = "2",
        ["Input.Month"] = app.Now.UtcDateTime.AddMonths(-1).Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Year"] = app.Now.UtcDateTime.AddMonths(-1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Findings"] = "PRIVATE-FINDING: early trauma shapes bedtime fear.",
        ["Input.ParentsWishes"] = "Help at bedtime.",
        ["Input.Recommendations"] = "Six therapeutic parenting sessions.",
    };

    [Fact]
    public async Task Findings_are_read_by_the_care_team_only_never_by_colleagues_or_the_family()
    {
        var (org, parent, familyId, _, browser) = await app.FamilyWithCareTeamAsync();
        var saved = await browser.PostFormAsync($"/staff/families/{familyId}/assessments/new", Form(await app.ChildIdAsync(familyId)));
        Assert.Equal($"/staff/families/{familyId}", Browser.Location(saved));
        Assert.Contains("PRIVATE-FINDING", await browser.GetPageAsync($"/staff/families/{familyId}"));

        var colleague = await app.CreateStaffAsync(org, Role.Clinician);
        var colleagueBrowser = app.NewBrowser();
        await colleagueBrowser.SignInAsync(colleague);
        var colleagueView = await colleagueBrowser.GetPageAsync($"/staff/families/{familyId}");
        Assert.Contains("Only the family's care team can read assessments", colleagueView);
        Assert.DoesNotContain("PRIVATE-FINDING", colleagueView);
        Assert.Equal(HttpStatusCode.NotFound, (await colleagueBrowser.GetAsync($"/staff/families/{familyId}/assessments/new")).StatusCode);

        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        foreach (var path in new[] { "/family", $"/api/v1/families/{familyId}" })
        {
            Assert.DoesNotContain("PRIVATE-FINDING", await family.GetPageAsync(path));
        }
    }

    [Fact]
    public async Task A_bad_date_or_missing_answers_save_nothing()
    {
        var (_, _, familyId, _, browser) = await app.FamilyWithCareTeamAsync();
        var form = Form(await app.ChildIdAsync(familyId));
        form["Input.Year"] = (app.Now.UtcDateTime.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Input.Findings"] = "";
        form["Input.Kind"] = "";
        var html = await (await browser.PostFormAsync($"/staff/families/{familyId}/assessments/new", form)).Content.ReadAsStringAsync();
        Assert.Contains("The date of the assessment must be today or in the past", html);
        Assert.Contains("Write the findings", html);
        Assert.Contains("Select the kind of assessment", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.FamilyId == familyId)));
    }

    [Fact]
    public async Task An_admin_adds_their_own_clinicians_to_a_care_team_but_not_another_organisations()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var elsewhere = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(admin);
        var page = $"/staff/families/{familyId}";

        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostFormAsync($"{page}?handler=Add", new Dictionary<string, string> { ["userId"] = elsewhere.Id.ToString() }, tokenFrom: page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync($"{page}?handler=Add", new Dictionary<string, string> { ["userId"] = clinician.Id.ToString() }, tokenFrom: page)).StatusCode);
        var team = await app.WithDbAsync(db => db.CareTeamMembers.Where(c => c.FamilyId == familyId).Select(c => c.UserId).ToListAsync());
        Assert.Equal([clinician.Id], team);

        // A clinician of an organisation that does not work with the family cannot join its care team.
        var outsider = app.NewBrowser();
        await outsider.SignInAsync(elsewhere);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync($"{page}?handler=Join", new Dictionary<string, string>(), tokenFrom: "/staff")).StatusCode);
    }
}

public sealed class AssessmentTestsOnSqlite(SqliteApp app) : AssessmentTests<SqliteApp>(app);

public sealed class AssessmentTestsOnPostgres(PostgresApp app) : AssessmentTests<PostgresApp>(app);
