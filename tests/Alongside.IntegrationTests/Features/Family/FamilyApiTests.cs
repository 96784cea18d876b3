using System.Net;
using System.Net.Http.Json;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Family;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Family;

public abstract class FamilyApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task Parent_reads_their_own_family_and_gets_404_for_another()
    {
        var (parent, familyId) = await app.CreateParentAsync();
        var (_, otherFamilyId) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);

        var own = await browser.GetFromJsonAsync<FamilyView>($"/api/v1/families/{familyId}");
        Assert.Equal("Robin", Assert.Single(own!.Children).FirstName);

        var other = await browser.GetAsync($"/api/v1/families/{otherFamilyId}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/families/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Family_worker_reads_through_the_api_and_the_read_is_audited()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/v1/families/{familyId}")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.FamilyId == familyId && a.ActorUserId == clinician.Id)));

        // A peer supporter of the same organisation reaches families only through a match, never here.
        var peer = app.NewBrowser();
        await peer.SignInAsync(await app.CreateStaffAsync(org, Role.PeerSupporter));
        Assert.Equal(HttpStatusCode.NotFound, (await peer.GetAsync($"/api/v1/families/{familyId}")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_api_calls_get_401_not_a_redirect()
    {
        var response = await app.NewBrowser().GetAsync($"/api/v1/families/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewBrowser().GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Me_lists_the_callers_organisations_and_roles()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);
        var me = await browser.GetFromJsonAsync<Alongside.Web.Features.Account.AccountApi.MeDto>("/api/v1/me");
        Assert.Equal(clinician.Email, me!.Email);
        var membership = Assert.Single(me.Memberships);
        Assert.Equal(org.Id, membership.OrganisationId);
        Assert.Equal("Clinician", membership.Role);
    }
}

public sealed class FamilyApiTestsOnSqlite(SqliteApp app) : FamilyApiTests<SqliteApp>(app);

public sealed class FamilyApiTestsOnPostgres(PostgresApp app) : FamilyApiTests<PostgresApp>(app);
