using System.Globalization;
using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Features.Admin;

/// <summary>An admin inviting a peer supporter sees whether the person has completed peer supporter training on Alongside; the admin decides.</summary>
public abstract class PeerSupporterTrainingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string NoTraining = "No completed peer supporter training on Alongside";

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>Invites the address as <paramref name="role"/> and answers the invitation's role cell on the list.</summary>
    private async Task<string> InviteAsync(string email, Role role)
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var admin = app.NewBrowser();
        await admin.SignInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var sent = await admin.PostFormAsync("/admin/invitations", new Dictionary<string, string> { ["Input.Name"] = "Alex", ["Input.Email"] = email, ["Input.Role"] = role.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var row = Assert.Single(Html.Parse(await admin.GetPageAsync("/admin/invitations")).TableRows());
        Assert.Equal(email, row[1]);
        return row[2];
    }

    [Fact]
    public async Task A_peer_supporter_with_current_training_shows_the_course_its_completion_and_renewal()
    {
        var (person, _) = await app.CreateParentAsync();
        var completed = app.Now.AddDays(-100);
        var (body, course) = await app.TrainingPlaceAsync(person.Id, CourseAudience.PeerSupporterTraining, completed, renewalMonths: 12);
        // An older, lapsed completion does not hide the current one.
        await app.TrainingPlaceAsync(person.Id, CourseAudience.PeerSupporterTraining, app.Now.AddYears(-3), renewalMonths: 12, startedDaysAgo: 1200);

        var cell = await InviteAsync(person.Email.ToUpperInvariant(), Role.PeerSupporter);
        Assert.Equal($"Peer supporter Current peer supporter training: {course}, completed {Day(UkTime.DateOf(completed))}; renewal due {Day(UkTime.DateOf(completed).AddMonths(12))}", cell);
        Assert.DoesNotContain(body.Name, cell);
    }

    [Fact]
    public async Task A_peer_supporter_without_completed_training_says_so_and_lapsed_or_unfinished_training_is_not_current()
    {
        var (untrained, _) = await app.CreateParentAsync();
        await app.TrainingPlaceAsync(untrained.Id, CourseAudience.PeerSupporterTraining, completedAt: null, attended: 3, startedDaysAgo: 20); // still running
        await app.TrainingPlaceAsync(untrained.Id, CourseAudience.ParentsAndCarers, app.Now.AddDays(-30)); // a parenting course
        await app.TrainingPlaceAsync(untrained.Id, CourseAudience.SupervisorTraining, app.Now.AddDays(-30)); // another audience
        Assert.Equal($"Peer supporter {NoTraining}", await InviteAsync(untrained.Email, Role.PeerSupporter));

        var (lapsed, _) = await app.CreateParentAsync();
        var completed = app.Now.AddMonths(-14);
        var (_, course) = await app.TrainingPlaceAsync(lapsed.Id, CourseAudience.PeerSupporterTraining, completed, renewalMonths: 12, startedDaysAgo: 500);
        Assert.Equal($"Peer supporter Peer supporter training no longer current: {course}, completed {Day(UkTime.DateOf(completed))}; lapsed on {Day(UkTime.DateOf(completed).AddMonths(12))}",
            await InviteAsync(lapsed.Email, Role.PeerSupporter));

        // An address with no account reads the same as one without training: the list does not say who has an account.
        Assert.Equal($"Peer supporter {NoTraining}", await InviteAsync(People.NewEmail("newcomer"), Role.PeerSupporter));
        // Other roles are not about peer supporter training.
        var (trained, _) = await app.CreateParentAsync();
        await app.TrainingPlaceAsync(trained.Id, CourseAudience.PeerSupporterTraining, app.Now.AddDays(-5));
        Assert.Equal("Clinician", await InviteAsync(trained.Email, Role.Clinician));
    }
}

public sealed class PeerSupporterTrainingTestsOnSqlite(SqliteApp app) : PeerSupporterTrainingTests<SqliteApp>(app);

public sealed class PeerSupporterTrainingTestsOnPostgres(PostgresApp app) : PeerSupporterTrainingTests<PostgresApp>(app);
