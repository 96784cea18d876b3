using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Outcomes;

/// <summary>How often families are asked (the organisation's schedule, a plan's own), the end of support, and a clinician filling one in with the family.</summary>
public abstract class ScheduleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private Task<List<MeasureDue>> DueAsync(Guid familyId) =>
        app.WithDbAsync(db => db.MeasuresDue.Where(d => d.FamilyId == familyId).OrderBy(d => d.CreatedAt).ThenBy(d => d.InstrumentId).ToListAsync());

    private async Task<HttpClient> SignedInAsync(Person person)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(person);
        return browser;
    }

    private Task<SupportPlan> PlanAsync(Guid familyId) => app.WithDbAsync(db => db.SupportPlans.SingleAsync(p => p.FamilyId == familyId));

    /// <summary>A session yesterday that the clinician records as attended; returns the instruments then asked for.</summary>
    private async Task<List<string>> AttendAsync(Ready ready)
    {
        var sessionId = await app.AttendedSessionAsync(ready);
        return (await DueAsync(ready.FamilyId)).Where(d => d.SessionId == sessionId).Select(d => d.InstrumentId).Order().ToList();
    }

    [Fact]
    public async Task The_organisations_schedule_holds_until_a_plan_sets_its_own_and_a_zero_interval_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var settings = await SignedInAsync(admin);

        var zero = await settings.PostFormAsync($"/admin/instruments?handler=Schedule&org={org.Id}", new Dictionary<string, string> { ["GoalsEvery"] = "0", ["WellbeingEvery"] = "4" }, tokenFrom: "/admin/instruments");
        Assert.Equal(HttpStatusCode.OK, zero.StatusCode);
        Assert.Contains("at least every 1 session", await zero.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.MeasureDefaults.AnyAsync(d => d.OrganisationId == org.Id)));

        var saved = await settings.PostFormAsync($"/admin/instruments?handler=Schedule&org={org.Id}", new Dictionary<string, string> { ["GoalsEvery"] = "2", ["WellbeingEvery"] = "3" }, tokenFrom: "/admin/instruments");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"2\"", await settings.GetPageAsync($"/admin/instruments?org={org.Id}"));

        // Goals every 2 sessions, from the organisation: not after the first, after the second.
        var ready = await app.ReadyToBookAsync(org: org);
        Assert.Equal(["session-feedback"], await AttendAsync(ready));
        Assert.Equal(["goals", "session-feedback"], await AttendAsync(ready));

        // A new version of the plan that asks every session, written by the care team; a zero there is refused too.
        var plan = await PlanAsync(ready.FamilyId);
        var form = app.PlanForm(plan.ChildId, funding: FundingRoute.SelfFunded);
        form["Input.GoalsEvery"] = "0";
        var refused = await ready.Staff.PostFormAsync($"/staff/families/{ready.FamilyId}/plans/new?from={plan.Id}", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("every 0 sessions would never ask", await refused.Content.ReadAsStringAsync());
        form["Input.GoalsEvery"] = "1";
        var planId = SessionSteps.PlanIdFrom(await ready.Staff.PostFormAsync($"/staff/families/{ready.FamilyId}/plans/new?from={plan.Id}", form));
        await ready.Family.AgreePlanAsync(planId);
        var saved2 = await app.WithDbAsync(db => db.SupportPlans.SingleAsync(p => p.Id == planId));
        Assert.Equal((1, (int?)null), (saved2.GoalsEverySessions, saved2.WellbeingEverySessions));
        Assert.Equal(["goals", "session-feedback"], await AttendAsync(ready));
    }

    [Fact]
    public async Task Ending_the_support_needs_a_reason_withdraws_what_is_open_and_asks_the_end_questionnaires()
    {
        var ready = await app.ReadyToBookAsync();
        var plan = await PlanAsync(ready.FamilyId);
        var start = Assert.Single(await DueAsync(ready.FamilyId), d => d.InstrumentId == "goals");
        var end = $"/staff/families/{ready.FamilyId}/plans/{plan.Id}/end";
        Assert.Contains("Why is the support ending?", await ready.Staff.GetPageAsync(end));

        var noReason = await ready.Staff.PostFormAsync(end, new Dictionary<string, string>(), tokenFrom: end);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Select why the support is ending", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(PlanStatus.Agreed, (await PlanAsync(ready.FamilyId)).Status);

        // Someone not on the care team cannot end it.
        var outsider = await SignedInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(end, new Dictionary<string, string> { ["Reason"] = "GoalsMet" }, tokenFrom: "/staff")).StatusCode);

        var ended = await ready.Staff.PostFormAsync(end, new Dictionary<string, string> { ["Reason"] = "GoalsMet" }, tokenFrom: end);
        Assert.Equal($"/staff/families/{ready.FamilyId}/plans/{plan.Id}", Browser.Location(ended));
        var after = await PlanAsync(ready.FamilyId);
        Assert.Equal((PlanStatus.Ended, PlanEndReason.GoalsMet, ready.Clinician.Id), (after.Status, after.EndReason, after.EndedByUserId));
        Assert.Contains("Support ended", await ready.Staff.GetPageAsync($"/staff/families/{ready.FamilyId}/plans/{plan.Id}"));
        await app.Mail.WaitForAsync(ready.Parent.Email, "Your support plan has ended");

        var due = await DueAsync(ready.FamilyId);
        Assert.NotNull(due.Single(d => d.Id == start.Id).WithdrawnAt);
        Assert.Equal(["end-of-support", "goals"], due.Where(d => d.Point == $"child:{plan.ChildId}:end").Select(d => d.InstrumentId).Order().ToList());
        var list = await ready.Family.GetPageAsync("/family/measures");
        Assert.Contains("At the end of your support", list);
        Assert.DoesNotContain("At the start of your support", list);
        Assert.Equal(HttpStatusCode.NotFound, (await ready.Family.GetAsync($"/family/measures/{start.Id}")).StatusCode);

        // Ended once: the page has gone, and nothing more is booked against it.
        Assert.Equal(HttpStatusCode.NotFound, (await ready.Staff.GetAsync(end)).StatusCode);
        Assert.DoesNotContain("End the support", await ready.Staff.GetPageAsync($"/staff/families/{ready.FamilyId}/plans/{plan.Id}"));
        Assert.Contains("There are no sessions to book yet", await ready.Family.GetPageAsync("/family/sessions/book"));
    }

    [Fact]
    public async Task A_clinician_fills_in_the_goals_with_the_family_but_never_their_feedback()
    {
        var ready = await app.ReadyToBookAsync();
        await AttendAsync(ready);
        var due = await DueAsync(ready.FamilyId);
        var goals = due.First(d => d.InstrumentId == "goals");
        var feedback = due.Single(d => d.InstrumentId == "session-feedback");

        var list = await ready.Staff.GetPageAsync($"/staff/families/{ready.FamilyId}/measures");
        Assert.Contains($"/staff/families/{ready.FamilyId}/measures/{goals.Id}", list);
        Assert.DoesNotContain($"/staff/families/{ready.FamilyId}/measures/{feedback.Id}", list);
        Assert.Equal(HttpStatusCode.NotFound, (await ready.Staff.GetAsync($"/staff/families/{ready.FamilyId}/measures/{feedback.Id}")).StatusCode);

        var url = $"/staff/families/{ready.FamilyId}/measures/{goals.Id}";
        Assert.Contains("You are filling this in with the family", await ready.Staff.GetPageAsync(url));
        var bad = await ready.Staff.PostFormAsync(url, new Dictionary<string, string> { ["item-1"] = "11", ["item-2"] = "3" });
        Assert.Contains("from 0 to 10", await bad.Content.ReadAsStringAsync());
        var saved = await ready.Staff.PostFormAsync(url, new Dictionary<string, string> { ["item-1"] = "6", ["item-2"] = "7" });
        Assert.Equal($"/staff/families/{ready.FamilyId}/measures", Browser.Location(saved));
        var response = await app.WithDbAsync(db => db.MeasureResponses.SingleAsync(r => r.DueId == goals.Id));
        Assert.Equal((ready.Clinician.Id, (Guid?)ready.Clinician.Id, 6.5m), (response.AnsweredByUserId, response.WithClinicianUserId, response.Total));
        Assert.Equal(HttpStatusCode.NotFound, (await ready.Family.GetAsync($"/family/measures/{goals.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_licensed_questionnaire_is_asked_only_by_an_organisation_that_recorded_its_licence()
    {
        await app.WithDbAsync(async db =>
        {
            if (!await db.InstrumentWordings.AnyAsync(w => w.InstrumentId == "swemwbs"))
            {
                var wording = """{ "id": "swemwbs", "version": 1, "options": ["S1", "S2", "S3", "S4", "S5"], "items": ["Placeholder 1", "Placeholder 2", "Placeholder 3", "Placeholder 4", "Placeholder 5", "Placeholder 6", "Placeholder 7"] }""";
                db.InstrumentWordings.Add(new InstrumentWording { InstrumentId = "swemwbs", Version = 1, Text = wording, ImportedFrom = "test.json", ImportedAt = app.Now });
            }
            return await db.SaveChangesAsync();
        });
        var unlicensed = await app.ReadyToBookAsync();
        Assert.DoesNotContain(await DueAsync(unlicensed.FamilyId), d => d.InstrumentId == "swemwbs");

        var org = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var settings = await SignedInAsync(admin);
        Assert.Contains("It needs a licence, and none is recorded.", await settings.GetPageAsync("/admin/instruments"));
        var blank = await settings.PostFormAsync($"/admin/instruments?handler=Licence&org={org.Id}&instrumentId=swemwbs", new Dictionary<string, string> { ["Reference"] = " " }, tokenFrom: "/admin/instruments");
        Assert.Contains("Enter your licence reference for SWEMWBS", await blank.Content.ReadAsStringAsync());
        var recorded = await settings.PostFormAsync($"/admin/instruments?handler=Licence&org={org.Id}&instrumentId=swemwbs", new Dictionary<string, string> { ["Reference"] = "WEMWBS-2026-0042" }, tokenFrom: "/admin/instruments");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Licence: WEMWBS-2026-0042", await settings.GetPageAsync("/admin/instruments"));

        var licensed = await app.ReadyToBookAsync(org: org);
        Assert.Contains(await DueAsync(licensed.FamilyId), d => d.InstrumentId == "swemwbs");

        // Another organisation's admin cannot switch it off for them.
        var otherAdmin = await SignedInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin));
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostFormAsync($"/admin/instruments?handler=RemoveLicence&org={org.Id}&instrumentId=swemwbs", new Dictionary<string, string>(), tokenFrom: "/admin/instruments")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await settings.PostFormAsync($"/admin/instruments?handler=RemoveLicence&org={org.Id}&instrumentId=swemwbs", new Dictionary<string, string>(), tokenFrom: "/admin/instruments")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.InstrumentLicences.AnyAsync(l => l.OrganisationId == org.Id)));
    }
}

public sealed class ScheduleTestsOnSqlite(SqliteApp app) : ScheduleTests<SqliteApp>(app);

public sealed class ScheduleTestsOnPostgres(PostgresApp app) : ScheduleTests<PostgresApp>(app);
