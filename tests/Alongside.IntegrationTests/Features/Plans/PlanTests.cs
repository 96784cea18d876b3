using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Plans;

public abstract class PlanTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Guid PlanIdFrom(HttpResponseMessage response) =>
        Guid.Parse(Browser.Location(response).Split("/plans/")[1][..36]);

    private Task<SupportPlan> PlanAsync(Guid id) =>
        app.WithDbAsync(db => db.SupportPlans.Include(p => p.Items).Include(p => p.Goals).AsNoTracking().SingleAsync(p => p.Id == id));

    [Fact]
    public async Task A_care_team_clinician_writes_a_plan_and_the_family_reads_and_agrees_to_it()
    {
        var (_, parent, familyId, clinician, browser) = await app.FamilyWithCareTeamAsync();
        var childId = await app.ChildIdAsync(familyId);
        var saved = await browser.PostFormAsync($"/staff/families/{familyId}/plans/new", app.PlanForm(childId));
        var planId = PlanIdFrom(saved);

        var plan = await PlanAsync(planId);
        Assert.Equal(PlanStatus.AwaitingAgreement, plan.Status);
        Assert.Equal(["Bedtimes without shouting", "Robin can tell us when school is hard"], plan.Goals.OrderBy(g => g.Order).Select(g => g.Text));
        Assert.Equal(2, plan.Items.Count);
        Assert.Contains("Bedtimes without shouting", await browser.GetPageAsync($"/staff/families/{familyId}/plans/{planId}"));

        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        Assert.Contains("Support plan for Robin", await family.GetPageAsync("/family"));
        var page = await family.GetPageAsync($"/family/plans/{planId}");
        Assert.Contains("1:1 therapeutic parenting support sessions", page);
        Assert.Contains("£1,200.00", page);
        var agreed = await family.PostFormAsync($"/family/plans/{planId}?handler=Agree", new Dictionary<string, string>(), tokenFrom: $"/family/plans/{planId}");
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        Assert.Equal(PlanStatus.Agreed, (await PlanAsync(planId)).Status);
        await app.Mail.WaitForAsync(clinician.Email, "agreed to their support plan");
    }

    [Fact]
    public async Task Asking_for_changes_needs_a_comment_and_a_new_version_keeps_the_old_one_readable()
    {
        var (_, parent, familyId, _, browser) = await app.FamilyWithCareTeamAsync();
        var childId = await app.ChildIdAsync(familyId);
        var first = PlanIdFrom(await browser.PostFormAsync($"/staff/families/{familyId}/plans/new", app.PlanForm(childId)));
        var family = app.NewBrowser();
        await family.SignInAsync(parent);

        var empty = await family.PostFormAsync($"/family/plans/{first}?handler=Changes", new Dictionary<string, string> { ["Comment"] = "" }, tokenFrom: $"/family/plans/{first}");
        Assert.Contains("Tell your care team what you would like to change", await empty.Content.ReadAsStringAsync());
        await family.PostFormAsync($"/family/plans/{first}?handler=Changes", new Dictionary<string, string> { ["Comment"] = "Could sessions be after school?" }, tokenFrom: $"/family/plans/{first}");
        var asked = await PlanAsync(first);
        Assert.Equal(PlanStatus.ChangesRequested, asked.Status);
        Assert.Equal("Could sessions be after school?", asked.ParentComment);

        Assert.Contains("Bedtimes without shouting", await browser.GetPageAsync($"/staff/families/{familyId}/plans/new?from={first}"));
        var form = app.PlanForm(childId);
        form["Input.Goal1"] = "Calm after-school hours";
        var second = PlanIdFrom(await browser.PostFormAsync($"/staff/families/{familyId}/plans/new?from={first}", form));

        var newer = await PlanAsync(second);
        Assert.Equal(2, newer.Version);
        Assert.Equal(first, newer.PreviousVersionId);
        Assert.Equal(PlanStatus.Superseded, (await PlanAsync(first)).Status);
        var old = await family.GetPageAsync($"/family/plans/{first}");
        Assert.Contains("Replaced by a newer version", old);
        Assert.DoesNotContain("I agree to this plan", old);
        Assert.Contains($"/family/plans/{second}", old);
        var refused = await family.PostFormAsync($"/family/plans/{first}?handler=Agree", new Dictionary<string, string>(), tokenFrom: $"/family/plans/{first}");
        Assert.Contains("This version of the plan has been replaced", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_plan_over_the_ASGSF_fair_access_limit_shows_the_figures_before_it_is_saved()
    {
        var (_, _, familyId, _, browser) = await app.FamilyWithCareTeamAsync();
        var childId = await app.ChildIdAsync(familyId);
        PlanIdFrom(await browser.PostFormAsync($"/staff/families/{familyId}/plans/new", app.PlanForm(childId, sessionCost: 3000m)));

        // A second plan for the same child this year would take therapy funding to £6,000.
        var warned = await browser.PostFormAsync($"/staff/families/{familyId}/plans/new", app.PlanForm(childId, sessionCost: 3000m));
        var html = await warned.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("£3,000.00 already planned plus £3,000.00 in this plan, which is £1,000.00 over the £5,000.00 fair-access limit", html);
        Assert.Equal(1, await app.WithDbAsync(db => db.SupportPlans.CountAsync(p => p.FamilyId == familyId)));

        var form = app.PlanForm(childId, sessionCost: 3000m);
        form["Input.FundingWarningSeen"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync($"/staff/families/{familyId}/plans/new", form)).StatusCode);
        Assert.Contains("therapy £6,000.00 of £5,000.00", await browser.GetPageAsync($"/staff/families/{familyId}"));
    }

    [Fact]
    public async Task Bad_plan_input_is_named_field_by_field_and_nothing_is_saved()
    {
        var (_, _, familyId, _, browser) = await app.FamilyWithCareTeamAsync();
        var form = app.PlanForm(Guid.NewGuid());
        form["Input.Goal1"] = "";
        form["Input.Goal2"] = "";
        form["Input.ReviewYear"] = "2020";
        form["Input.Items[0].Sessions"] = "0";
        form["Input.Items[1].Cost"] = "a lot";
        var html = await (await browser.PostFormAsync($"/staff/families/{familyId}/plans/new", form)).Content.ReadAsStringAsync();
        Assert.Contains("Select the child this plan is for", html);
        Assert.Contains("Write at least one goal", html);
        Assert.Contains("The review date must be in the next 2 years", html);
        Assert.Contains("enter how many sessions, from 1 to 100", html);
        Assert.Contains("enter the cost in pounds", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.SupportPlans.CountAsync(p => p.FamilyId == familyId)));
    }

    [Fact]
    public async Task Only_the_care_team_writes_plans_and_only_the_family_and_its_organisations_read_them()
    {
        var (org, _, familyId, _, browser) = await app.FamilyWithCareTeamAsync();
        var childId = await app.ChildIdAsync(familyId);
        var planId = PlanIdFrom(await browser.PostFormAsync($"/staff/families/{familyId}/plans/new", app.PlanForm(childId)));

        var colleague = await app.CreateStaffAsync(org, Role.Clinician); // same organisation, not on the care team
        var colleagueBrowser = app.NewBrowser();
        await colleagueBrowser.SignInAsync(colleague);
        Assert.Equal(HttpStatusCode.NotFound, (await colleagueBrowser.GetAsync($"/staff/families/{familyId}/plans/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleagueBrowser.PostFormAsync($"/staff/families/{familyId}/plans/new", app.PlanForm(childId), tokenFrom: "/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleagueBrowser.GetAsync($"/staff/families/{familyId}/plans/{planId}")).StatusCode);

        var outsider = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician);
        var outsiderBrowser = app.NewBrowser();
        await outsiderBrowser.SignInAsync(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderBrowser.GetAsync($"/staff/families/{familyId}/plans/{planId}")).StatusCode);

        var (otherParent, _) = await app.CreateParentAsync();
        var otherBrowser = app.NewBrowser();
        await otherBrowser.SignInAsync(otherParent);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBrowser.GetAsync($"/family/plans/{planId}")).StatusCode);
        var agree = await otherBrowser.PostFormAsync($"/family/plans/{planId}?handler=Agree", new Dictionary<string, string>(), tokenFrom: "/family");
        Assert.Equal(HttpStatusCode.NotFound, agree.StatusCode);
        Assert.Equal(PlanStatus.AwaitingAgreement, (await PlanAsync(planId)).Status);
    }
}

public sealed class PlanTestsOnSqlite(SqliteApp app) : PlanTests<SqliteApp>(app);

public sealed class PlanTestsOnPostgres(PostgresApp app) : PlanTests<PostgresApp>(app);
