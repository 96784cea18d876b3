using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Staff;

public abstract class FamilyRecordTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private Task<int> AuditCountAsync(Guid familyId, Guid actor) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.FamilyId == familyId && a.ActorUserId == actor));

    [Fact]
    public async Task Clinician_of_an_organisation_working_with_the_family_reads_it_and_the_read_is_audited()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);

        Assert.Contains($"/staff/families/{familyId}", await browser.GetPageAsync("/staff"));
        Assert.Equal(0, await AuditCountAsync(familyId, clinician.Id)); // listing names is not a record read
        var page = await browser.GetPageAsync($"/staff/families/{familyId}");
        Assert.Contains("Robin", page);

        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.FamilyId == familyId && a.ActorUserId == clinician.Id));
        Assert.Equal("read", entry.Action);
        Assert.Equal("Family", entry.EntityType);
        Assert.True(entry.At > app.Now.AddMinutes(-1));
    }

    [Fact]
    public async Task Clinician_of_another_organisation_gets_404_and_no_audit_entry()
    {
        var theirs = await app.CreateOrganisationAsync();
        var mine = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: theirs);
        var clinician = await app.CreateStaffAsync(mine, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);

        var html = await browser.GetPageAsync($"/staff/families/{familyId}", HttpStatusCode.NotFound);
        Assert.Contains("Page not found", html);
        Assert.DoesNotContain("Robin", html);
        Assert.DoesNotContain($"/staff/families/{familyId}", await browser.GetPageAsync("/staff"));
        Assert.Equal(0, await AuditCountAsync(familyId, clinician.Id));
    }

    [Fact]
    public async Task Staff_without_two_factor_are_sent_to_set_it_up_before_any_family_record()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician, twoFactor: false);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);

        var response = await browser.GetAsync($"/staff/families/{familyId}");
        Assert.Equal($"/account/two-factor?returnUrl=%2Fstaff%2Ffamilies%2F{familyId}", Browser.Location(response));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/families/{familyId}")).StatusCode);
        Assert.Equal(0, await AuditCountAsync(familyId, clinician.Id));
    }

    [Fact]
    public async Task Referrers_and_commissioners_cannot_open_family_records()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        foreach (var role in new[] { Role.Referrer, Role.Commissioner })
        {
            var person = await app.CreateStaffAsync(org, role);
            var browser = app.NewBrowser();
            await browser.SignInAsync(person);
            Assert.StartsWith("/account/access-denied", Browser.Location(await browser.GetAsync($"/staff/families/{familyId}")));
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/families/{familyId}")).StatusCode);
        }
    }

    [Fact]
    public async Task A_parent_cannot_open_the_staff_pages()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        Assert.StartsWith("/account/access-denied", Browser.Location(await browser.GetAsync("/staff")));
        Assert.StartsWith("/account/access-denied", Browser.Location(await browser.GetAsync($"/staff/families/{familyId}")));
    }
}

public sealed class FamilyRecordTestsOnSqlite(SqliteApp app) : FamilyRecordTests<SqliteApp>(app);

public sealed class FamilyRecordTestsOnPostgres(PostgresApp app) : FamilyRecordTests<PostgresApp>(app);
