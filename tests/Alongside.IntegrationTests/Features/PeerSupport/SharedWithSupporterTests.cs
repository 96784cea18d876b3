using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.PeerSupport;

namespace Alongside.IntegrationTests.Features.PeerSupport;

/// <summary>
/// What the family shares with their peer supporter (goals and the support in the plan) reaches
/// the matched supporter only: while the family shares, and only while the match is on; never
/// while it is only proposed, never after it ends, never the supervisors who oversee it.
/// </summary>
public abstract class SharedWithSupporterTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Goal = "Bedtimes without shouting";

    private static Task<HttpResponseMessage> ShareAsync(HttpClient family, bool share) =>
        family.PostFormAsync("/family/sharing", new Dictionary<string, string> { ["audience"] = "PeerSupporter", ["share"] = share ? "true" : "false" });

    [Fact]
    public async Task The_matched_supporter_sees_what_is_shared_only_while_matched_and_shared()
    {
        var (_, parent, familyId, _, careTeam) = await app.FamilyWithCareTeamAsync();
        await careTeam.PostFormAsync($"/staff/families/{familyId}/plans/new", app.PlanForm(await app.ChildIdAsync(familyId)));
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var coordinator = await app.SignedInAsync(await app.CreateStaffAsync(org, Role.Supervisor));
        var (supporter, supporterBrowser) = await app.SupporterAsync(org, "Sharing Supporter");
        var family = await app.SignedInAsync(parent);
        // The family shares before anyone is proposed: the choice names their supporter, whoever that turns out to be.
        await ShareAsync(family, share: true);
        var requestId = await app.AskAsync(family, familyId, org);
        var page = $"/peer/parents/{requestId}";

        await coordinator.ProposeAsync(requestId, supporter.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await supporterBrowser.GetAsync(page)).StatusCode); // proposed only: nothing
        Assert.DoesNotContain(Goal, await supporterBrowser.GetPageAsync("/peer"));

        await family.AnswerAsync("Accept", requestId);
        var shared = await supporterBrowser.GetPageAsync(page);
        Assert.Contains(Goal, shared);
        Assert.Contains("0 of 6 sessions used, 6 left", shared);
        var supervisorView = await coordinator.GetPageAsync(page);
        Assert.Contains("Contact log", supervisorView);
        Assert.DoesNotContain(Goal, supervisorView); // the supervisor oversees the match, but the family shared with their supporter

        await ShareAsync(family, share: false);
        var stopped = await supporterBrowser.GetPageAsync(page);
        Assert.DoesNotContain(Goal, stopped);
        Assert.Contains("They have not chosen to share their plan with you", stopped);

        await ShareAsync(family, share: true);
        Assert.Contains(Goal, await supporterBrowser.GetPageAsync(page));

        await family.AnswerAsync("End", requestId, nameof(MatchEndReason.GoalsMet));
        Assert.Equal(HttpStatusCode.NotFound, (await supporterBrowser.GetAsync(page)).StatusCode); // ended: nothing, though the family still shares
        Assert.DoesNotContain(Goal, await supporterBrowser.GetPageAsync("/peer"));
        Assert.DoesNotContain(Goal, await coordinator.GetPageAsync(page));
    }
}

public sealed class SharedWithSupporterTestsOnSqlite(SqliteApp app) : SharedWithSupporterTests<SqliteApp>(app);

public sealed class SharedWithSupporterTestsOnPostgres(PostgresApp app) : SharedWithSupporterTests<PostgresApp>(app);
