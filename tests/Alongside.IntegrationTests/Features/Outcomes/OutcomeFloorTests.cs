using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Outcomes;

/// <summary>
/// The benchmark floors of bench/outcomes.sh: with Benchmark:Floors on they run the pages' own
/// queries for the same people the pages admit; without it they do not exist; in Production the
/// app will not start with it.
/// </summary>
public sealed class OutcomeFloorTests(OutcomeFloorTests.FloorsApp app) : IClassFixture<OutcomeFloorTests.FloorsApp>
{
    public sealed class FloorsApp : SqliteApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Benchmark:Floors", "true")];
    }

    [Fact]
    public async Task The_caseload_floor_reads_and_audits_the_same_families_as_the_page_for_the_same_people()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        for (var i = 0; i < 2; i++)
        {
            var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
            await app.JoinCareTeamAsync(familyId, clinician, org);
        }
        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);

        Assert.Equal("2 of 2 families", await staff.GetPageAsync("/bench/floor/caseload"));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ActorUserId == clinician.Id && a.Reason.Contains("caseload"))));
        Assert.Contains("2 families", await staff.GetPageAsync("/staff/caseload"));

        var (parent, _) = await app.CreateParentAsync(workedWithBy: org);
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        Assert.StartsWith("/account/access-denied", Browser.Location(await family.GetAsync("/bench/floor/caseload")));
        Assert.StartsWith("/account/sign-in?ReturnUrl=", Browser.Location(await app.NewBrowser().GetAsync("/bench/floor/caseload")));
    }

    [Fact]
    public async Task The_progress_floor_finds_the_questionnaires_the_page_shows()
    {
        var (parent, familyId) = await app.CreateParentAsync();
        await app.WithDbAsync(db =>
        {
            db.MeasureResponses.Add(new MeasureResponse { FamilyId = familyId, InstrumentId = "phq-9", InstrumentVersion = 1, AnsweredByUserId = parent.Id, AnsweredAt = app.Now.AddDays(-3), Total = 7 });
            return db.SaveChangesAsync();
        });
        var family = app.NewBrowser();
        await family.SignInAsync(parent);

        Assert.Equal("0 goals, 1 questionnaires", await family.GetPageAsync("/bench/floor/progress"));
        Assert.Contains("PHQ-9", await family.GetPageAsync("/family/progress"));
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_floor()
    {
        var plain = new SqliteApp();
        try
        {
            var org = await plain.CreateOrganisationAsync();
            var clinician = await plain.CreateStaffAsync(org, Role.Clinician);
            var staff = plain.NewBrowser();
            await staff.SignInAsync(clinician);
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/bench/floor/caseload")).StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)plain).DisposeAsync();
        }
    }

    [Fact]
    public async Task Production_refuses_to_start_with_the_floors()
    {
        var production = new ProductionFloorsApp();
        try
        {
            var refused = Assert.Throws<InvalidOperationException>(() => production.Server);
            Assert.Contains("Benchmark:Floors", refused.Message);
            Assert.Contains("Production", refused.Message);
        }
        finally
        {
            await ((IAsyncLifetime)production).DisposeAsync();
        }
    }

    private sealed class ProductionFloorsApp : SqliteApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Benchmark:Floors", "true")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
