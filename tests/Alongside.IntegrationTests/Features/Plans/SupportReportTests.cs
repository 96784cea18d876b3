using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Plans;

/// <summary>The end-of-support report: its content, the care team's audited read, and the referrer's read only while the family shares.</summary>
public abstract class SupportReportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task The_referrer_reads_it_while_the_family_shares_and_not_after_and_no_other_referrer_ever()
    {
        var ready = await app.ReadyToBookAsync(sessions: 6);
        var plan = await app.WithDbAsync(db => db.SupportPlans.Where(p => p.FamilyId == ready.FamilyId && p.Status == PlanStatus.Agreed)
            .Select(p => new { p.Id, p.OrganisationId, Item = p.Items.Single(i => i.Kind == PlanItemKind.ParentingSupportSessions).Id }).SingleAsync());
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var referrer = await app.CreateStaffAsync(council, Role.Referrer);
        var otherReferrer = await app.CreateStaffAsync(council, Role.Referrer);
        var referral = await app.CreateReferralAsync(await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == plan.OrganisationId)), ready.FamilyId, ReferralStatus.Accepted);
        await app.WithDbAsync(async db =>
        {
            await db.Referrals.Where(r => r.Id == referral.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedByUserId, referrer.Id).SetProperty(r => r.Source, ReferralSource.Professional));
            Session Held(SessionStatus status, int daysAgo, bool late = false) => new()
            {
                FamilyId = ready.FamilyId,
                ClinicianUserId = ready.Clinician.Id,
                PlanItemId = plan.Item,
                Kind = SessionKind.ParentingSupport,
                StartsAt = app.Now.AddDays(-daysAgo),
                EndsAt = app.Now.AddDays(-daysAgo).AddHours(1),
                Mode = DeliveryMode.Online,
                Status = status,
                LateCancellation = late,
                BookedByUserId = ready.Clinician.Id,
                CreatedAt = app.Now.AddDays(-30),
            };
            db.Sessions.AddRange(Held(SessionStatus.Attended, 20), Held(SessionStatus.Attended, 13), Held(SessionStatus.DidNotAttend, 6), Held(SessionStatus.CancelledByFamily, 3, late: true));
            // Goals rated 3 at the start and 7 later: more than the reliable change of 3.
            db.MeasureResponses.AddRange(
                new MeasureResponse { FamilyId = ready.FamilyId, PlanId = plan.Id, InstrumentId = "goals", InstrumentVersion = 1, AnsweredByUserId = ready.Parent.Id, AnsweredAt = app.Now.AddDays(-21), Total = 3 },
                new MeasureResponse { FamilyId = ready.FamilyId, PlanId = plan.Id, InstrumentId = "goals", InstrumentVersion = 1, AnsweredByUserId = ready.Parent.Id, AnsweredAt = app.Now.AddDays(-1), Total = 7 });
            return await db.SaveChangesAsync();
        });
        var staffReport = $"/staff/families/{ready.FamilyId}/plans/{plan.Id}/report";
        var referrerReport = $"/refer/mine/plans/{plan.Id}/report";

        // The care team reads it, audited.
        var page = Html.Parse(await ready.Staff.GetPageAsync(staffReport));
        var attendance = Assert.Single(page.TableRows("table:not(.app-money)"), r => r[0] == PlanChoices.Describe(PlanItemKind.ParentingSupportSessions));
        Assert.Equal(["6", "2", "1", "1", "0", "0", "0"], attendance.Skip(1));
        var money = Assert.Single(page.TableRows("table.app-money"), r => r[0].StartsWith(PlanChoices.Describe(PlanItemKind.ParentingSupportSessions), StringComparison.Ordinal));
        Assert.Equal("£800.00 (4 sessions)", money[4]); // 2 attended, 1 did not attend, 1 late: 4 × £200
        var goals = Assert.Single(page.TableRows("table:not(.app-money)"), r => r.Count == 5 && r[1] == "3" && r[2] == "7");
        Assert.Equal("+4: reliable improvement", goals[4]);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ActorUserId == ready.Clinician.Id && a.EntityId == plan.Id && a.Reason == "Read the end-of-support report")));

        // The referrer: not before the family shares, then yes (audited), and not after they stop.
        var referrerBrowser = app.NewBrowser();
        await referrerBrowser.SignInAsync(referrer);
        Assert.Equal(HttpStatusCode.NotFound, (await referrerBrowser.GetAsync(referrerReport)).StatusCode);
        Task<HttpResponseMessage> Share(bool share) => ready.Family.PostFormAsync("/family/sharing",
            new Dictionary<string, string> { ["audience"] = nameof(SharingAudience.Referrer), ["share"] = share ? "true" : "false" }, tokenFrom: "/family/sharing");
        Assert.Equal(HttpStatusCode.Redirect, (await Share(true)).StatusCode);
        Assert.Contains($"/refer/mine/plans/{plan.Id}/report", await referrerBrowser.GetPageAsync("/refer/mine"));
        var shared = await referrerBrowser.GetPageAsync(referrerReport);
        Assert.Contains("reliable improvement", shared);
        Assert.Contains("£800.00 (4 sessions)", shared);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ActorUserId == referrer.Id && a.EntityId == plan.Id)));

        // Another referrer of the same council, who did not refer this family: 404 even while shared.
        var other = app.NewBrowser();
        await other.SignInAsync(otherReferrer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(referrerReport)).StatusCode);

        // A commissioner never sees it: aggregates only.
        var commissioner = app.NewBrowser();
        await commissioner.SignInAsync(await app.CreateStaffAsync(council, Role.Commissioner));
        Assert.NotEqual(HttpStatusCode.OK, (await commissioner.GetAsync(referrerReport)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await commissioner.GetAsync(staffReport)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Share(false)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referrerBrowser.GetAsync(referrerReport)).StatusCode);
    }
}

public sealed class SupportReportTestsOnSqlite(SqliteApp app) : SupportReportTests<SqliteApp>(app);

public sealed class SupportReportTestsOnPostgres(PostgresApp app) : SupportReportTests<PostgresApp>(app);
