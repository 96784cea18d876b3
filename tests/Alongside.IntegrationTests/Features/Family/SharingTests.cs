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
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyId == familyId && a.ActorUserId == referrer.Id && a.EntityType == "SupportPlan")));

        await family.PostFormAsync("/family/sharing", new Dictionary<string, string> { ["audience"] = "Referrer", ["share"] = "false" });
        Assert.DoesNotContain("Bedtimes without shouting", await referrerBrowser.GetPageAsync("/refer/mine"));
        var history = await app.WithDbAsync(db => db.SharingConsents.Where(c => c.FamilyId == familyId).ToListAsync());
        var choice = Assert.Single(history);
        Assert.NotNull(choice.RevokedAt);
        Assert.Equal(parent.Id, choice.GivenByUserId);
    }

    [Fact]
    public async Task Only_the_matched_peer_supporter_sees_the_goals_and_support_and_only_while_the_family_shares_them()
    {
        var (_, parent, familyId, _, staff) = await app.FamilyWithCareTeamAsync();
        await staff.PostFormAsync($"/staff/families/{familyId}/plans/new", app.PlanForm(await app.ChildIdAsync(familyId)));
        var peerOrg = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        await app.WithDbAsync(async db => { db.FamilyOrganisations.Add(new FamilyOrganisation { FamilyId = familyId, OrganisationId = peerOrg.Id }); return await db.SaveChangesAsync(); });
        var matched = await app.CreateStaffAsync(peerOrg, Role.PeerSupporter);
        var request = new Alongside.Web.Kernel.PeerSupport.PeerSupportRequest
        {
            OrganisationId = peerOrg.Id,
            FamilyId = familyId,
            Needs = GroupAudience.Trauma,
            WantsOnline = true,
            RequestedAt = app.Now,
            Status = Alongside.Web.Kernel.PeerSupport.PeerRequestStatus.Matched,
            SupporterUserId = matched.Id,
            MatchedAt = app.Now,
            AcceptedAt = app.Now,
        };
        await app.WithDbAsync(async db => { db.PeerSupportRequests.Add(request); return await db.SaveChangesAsync(); }); // arranged: already matched
        var page = $"/peer/parents/{request.Id}";
        var supporter = app.NewBrowser();
        await supporter.SignInAsync(matched);
        var supervisor = app.NewBrowser();
        await supervisor.SignInAsync(await app.CreateStaffAsync(peerOrg, Role.Supervisor));
        var unmatched = app.NewBrowser();
        await unmatched.SignInAsync(await app.CreateStaffAsync(peerOrg, Role.PeerSupporter));

        // The family rated the goal twice, and filled in a wellbeing questionnaire.
        var parentId = await app.WithDbAsync(db => db.FamilyCarers.Where(c => c.FamilyId == familyId).Select(c => c.UserId).FirstAsync());
        await app.WithDbAsync(db =>
        {
            foreach (var (rating, days) in new[] { (2, 20), (6, 2) })
            {
                var goals = new MeasureResponse { FamilyId = familyId, InstrumentId = "goals", InstrumentVersion = 1, AnsweredByUserId = parentId, AnsweredAt = app.Now.AddDays(-days), Total = rating };
                goals.Answers.Add(new MeasureAnswer { Item = 1, Value = rating, Text = "Bedtimes without shouting" });
                db.MeasureResponses.Add(goals);
            }
            db.MeasureResponses.Add(new MeasureResponse { FamilyId = familyId, InstrumentId = "phq-9", InstrumentVersion = 1, AnsweredByUserId = parentId, AnsweredAt = app.Now, Total = 17, Band = "Moderately severe" });
            return db.SaveChangesAsync();
        });
        Assert.Contains("They have not chosen to share their plan with you", await supporter.GetPageAsync(page));
        Assert.DoesNotContain("Bedtimes without shouting", await supporter.GetPageAsync(page));

        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        await family.PostFormAsync("/family/sharing", new Dictionary<string, string> { ["audience"] = "PeerSupporter", ["share"] = "true" });
        var shared = await supporter.GetPageAsync(page);
        Assert.Contains("Bedtimes without shouting", shared);
        Assert.Contains("0 of 6 sessions used, 6 left", shared);
        Assert.Contains("Rated 2 out of 10 at first, 6 most recently", shared);
        // Exactly what the choice promises: no costs, funding, wellbeing questionnaires or children's details.
        foreach (var hidden in new[] { "1,200", "£", "Adoption and Special Guardianship", "ASGSF", "Date of birth", "Moderately severe", "PHQ" })
        {
            Assert.DoesNotContain(hidden, shared);
        }
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyId == familyId && a.ActorUserId == matched.Id && a.Action == "read")));

        // The supervisor oversees the match but the family's choice names their supporter only.
        var supervisorView = await supervisor.GetPageAsync(page);
        Assert.Contains("Contact log", supervisorView);
        Assert.DoesNotContain("Bedtimes without shouting", supervisorView);
        // No peer supporter reaches the family record itself, matched or not.
        foreach (var browser in new[] { supporter, unmatched })
        {
            Assert.StartsWith("/account/access-denied", Browser.Location(await browser.GetAsync($"/staff/families/{familyId}")));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/families/{familyId}")).StatusCode);
        }
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await unmatched.GetAsync(page)).StatusCode);

        await family.PostFormAsync("/family/sharing", new Dictionary<string, string> { ["audience"] = "PeerSupporter", ["share"] = "false" });
        Assert.DoesNotContain("Bedtimes without shouting", await supporter.GetPageAsync(page));
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
