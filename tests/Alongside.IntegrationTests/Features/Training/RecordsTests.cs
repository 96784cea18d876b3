using System.Globalization;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Features.Training;

public abstract class RecordsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    [Fact]
    public async Task A_person_sees_their_own_training_places_with_weeks_attended_completion_and_renewal()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var me = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var completed = app.Now.AddDays(-30);
        var (body, current) = await app.TrainingPlaceAsync(me.Id, CourseAudience.PeerSupporterTraining, completed, renewalMonths: 12, attended: 7, startedDaysAgo: 90);
        var (_, lapsed) = await app.TrainingPlaceAsync(me.Id, CourseAudience.SupervisorTraining, app.Now.AddYears(-2), renewalMonths: 12, attended: 6, startedDaysAgo: 800);
        var (_, forGood) = await app.TrainingPlaceAsync(me.Id, CourseAudience.PeerSupporterTraining, app.Now.AddYears(-4), renewalMonths: null, startedDaysAgo: 1600);
        var (_, running) = await app.TrainingPlaceAsync(me.Id, CourseAudience.PeerSupporterTraining, completedAt: null, attended: 2, startedDaysAgo: 14);
        var (_, parenting) = await app.TrainingPlaceAsync(me.Id, CourseAudience.ParentsAndCarers, app.Now.AddDays(-5));
        var (_, waiting) = await app.TrainingPlaceAsync(me.Id, CourseAudience.PeerSupporterTraining, completedAt: null, status: PlaceStatus.Waiting);
        var someoneElse = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var (_, theirs) = await app.TrainingPlaceAsync(someoneElse.Id, CourseAudience.PeerSupporterTraining, app.Now.AddDays(-3));

        var browser = app.NewBrowser();
        await browser.SignInAsync(me);
        var page = Html.Parse(await browser.GetPageAsync("/training/records"));
        var rows = page.TableRows();
        Assert.Equal([running, current, lapsed, forGood], rows.Select(r => r[0].Split(" (")[0]));
        var start = DateOnly.FromDateTime(app.Now.UtcDateTime).AddDays(-90); // as the cohort was arranged
        Assert.Equal([$"{current} (Peer supporter training)", body.Name, $"{Day(start)} to {Day(start.AddDays(49))}", "7 of 8", Day(UkTime.DateOf(completed)), Day(UkTime.DateOf(completed).AddMonths(12)), "Current"], rows[1]);
        Assert.Equal(["2 of 8", "Not yet", "", "In progress"], rows[0].Skip(3));
        Assert.Equal($"{lapsed} (Supervisor training)", rows[2][0]);
        Assert.Equal(["6 of 8", "Lapsed"], [rows[2][3], rows[2][6]]);
        Assert.Equal(["No renewal needed", "Current"], rows[3].Skip(5));
        var text = page.Text("main");
        Assert.DoesNotContain(parenting, text);
        Assert.DoesNotContain(waiting, text);
        Assert.DoesNotContain(theirs, text);

        // Anyone signed in has the page, empty when they have no training; nobody else does.
        var (parent, _) = await app.CreateParentAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        Assert.Contains("No training on Alongside yet", await family.GetPageAsync("/training/records"));
        Assert.StartsWith("/account/sign-in", Browser.Location(await app.NewBrowser().GetAsync("/training/records")));
    }
}

public sealed class RecordsTestsOnSqlite(SqliteApp app) : RecordsTests<SqliteApp>(app);

public sealed class RecordsTestsOnPostgres(PostgresApp app) : RecordsTests<PostgresApp>(app);
