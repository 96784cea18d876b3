using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Family;

public abstract class SharingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task A_referrer_sees_the_plan_only_after_acceptance_and_only_while_the_family_shares_it()
    {
        var (org, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var referrer = await app.CreateStaffAsync(council, Role.Referrer);
        var referral = await app.CreateReferralAsync(org, familyId, ReferralStatus.Accepted);
        await app.WithDbAsync(async db => await db.Referrals.Where(r => r.Id == referral.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.SubmittedByUserId, referrer.Id).SetProperty(r => r.Source, ReferralSource.Professional)));
        await staff.PostFormAsync($"/staff/families/{familyId}/plans/new", app.PlanForm(await app.ChildIdAsync(familyId)));

        var referrerBrowser = app.NewBrowser();
        await referrerBrowser.SignInAsync(referrer);
        Assert.DoesNotContain("Bedtimes without shouting", await referrerBrowser.GetPageAsync("/refer/mine"));

        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        await family.PostFormAsync("/family/sharing", new Dictionary<string, string> { ["audience"] = "Referrer", ["share"] = "true" });
        Assert.Contains("Shared since", await family.GetPageAsync("/family/sharing"));
        Assert.Contains("Bedtimes without shouting", await referrerBrowser.GetPageAsync("/refer/mine"));

        await family.PostFormAsync("/family/sharing", new Dictionary<string, string> { ["audience"] = "Referrer", ["share"] = "false" });
        Assert.DoesNotContain("Bedtimes without shouting", await referrerBrowser.GetPageAsync("/refer/mine"));
        var history = await app.WithDbAsync(db => db.SharingConsents.Where(c => c.FamilyId == familyId).ToListAsync());
        var choice = Assert.Single(history);
        Assert.NotNull(choice.RevokedAt);
        Assert.Equal(parent.Id, choice.GivenByUserId);
    }

    [Fact]
    public async Task A_made_up_audience_is_refused()
    {
        var (parent, _) = await app.CreateParentAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        var response = await family.PostFormAsync("/family/sharing", new Dictionary<string, string> { ["audience"] = "99", ["share"] = "true" });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class SharingTestsOnSqlite(SqliteApp app) : SharingTests<SqliteApp>(app);

public sealed class SharingTestsOnPostgres(PostgresApp app) : SharingTests<PostgresApp>(app);
