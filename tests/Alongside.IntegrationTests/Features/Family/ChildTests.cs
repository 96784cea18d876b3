using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Family;

public abstract class ChildTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Form(string year = "2015") => new()
    {
        ["Input.FirstName"] = "Robin",
        ["Input.Day"] = "2",
        ["Input.Month"] = "3",
        ["Input.Year"] = year,
        ["Input.LegalStatus"] = nameof(LegalStatus.SpecialGuardianship),
        ["Input.School"] = "Hill Top Primary",
        ["Input.Needs"] = "Loud rooms are hard; ear defenders help.",
    };

    [Fact]
    public async Task A_carer_records_school_and_needs_which_the_care_team_then_sees()
    {
        var (_, parent, familyId, _, staff) = await app.FamilyWithCareTeamAsync();
        var childId = await app.ChildIdAsync(familyId);
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);

        var saved = await browser.PostFormAsync($"/family/children/{childId}", Form());
        Assert.Equal("/family", Browser.Location(saved));
        Assert.Contains("at Hill Top Primary", await browser.GetPageAsync("/family"));
        Assert.Contains("ear defenders help", await staff.GetPageAsync($"/staff/families/{familyId}"));
    }

    [Fact]
    public async Task A_future_date_of_birth_is_refused_and_another_familys_child_is_not_found()
    {
        var (parent, familyId) = await app.CreateParentAsync();
        var childId = await app.ChildIdAsync(familyId);
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var future = await browser.PostFormAsync($"/family/children/{childId}", Form(year: (app.Now.UtcDateTime.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("Date of birth must be today or in the past", await future.Content.ReadAsStringAsync());
        Assert.Null(await app.WithDbAsync(db => db.Children.Where(c => c.Id == childId).Select(c => c.School).SingleAsync()));

        var (stranger, _) = await app.CreateParentAsync();
        var strangerBrowser = app.NewBrowser();
        await strangerBrowser.SignInAsync(stranger);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerBrowser.GetAsync($"/family/children/{childId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerBrowser.PostFormAsync($"/family/children/{childId}", Form(), tokenFrom: "/family")).StatusCode);
    }
}

public sealed class ChildTestsOnSqlite(SqliteApp app) : ChildTests<SqliteApp>(app);

public sealed class ChildTestsOnPostgres(PostgresApp app) : ChildTests<PostgresApp>(app);
