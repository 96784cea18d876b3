using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Organisations;

/// <summary>The platform admin's organisations, and an organisation admin's profile, services, members and commissioners.</summary>
public abstract class OrganisationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<HttpClient> SignedInAsync(Person person)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(person);
        return browser;
    }

    private async Task<Person> PlatformAdminAsync()
    {
        var person = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PlatformAdmin, true)));
        return person;
    }

    private Task<int> AuditCountAsync(Guid entityId) => app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == entityId));

    [Fact]
    public async Task A_platform_admin_creates_a_peer_support_charity_and_its_first_admin_is_invited()
    {
        var browser = await SignedInAsync(await PlatformAdminAsync());
        var name = $"Kinship Circle {Guid.NewGuid():N}"[..24];
        var email = People.NewEmail("firstadmin");

        var created = await browser.PostFormAsync("/platform/organisations/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(OrganisationKind.PeerSupportOrganisation),
            ["Input.AdminName"] = "Robin",
            ["Input.AdminEmail"] = email,
        });

        Assert.Equal("/platform/organisations", Browser.Location(created));
        var org = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        Assert.Equal(OrganisationKind.PeerSupportOrganisation, org.Kind);
        Assert.Null(org.OnsCode);
        var invitation = await app.WithDbAsync(db => db.StaffInvitations.SingleAsync(i => i.Email == email));
        Assert.Equal((org.Id, Role.Admin), (invitation.OrganisationId, invitation.Role));
        var mail = await app.Mail.WaitForAsync(email, "You are invited");
        Assert.Contains(name, mail.TextBody);
        Assert.Equal(1, await AuditCountAsync(org.Id));
        var list = await browser.GetPageAsync("/platform/organisations");
        Assert.Contains(name, list);
        Assert.Contains("Peer support charity", list);
    }

    [Fact]
    public async Task A_taken_name_or_a_local_authority_without_its_area_is_refused_and_nothing_is_created()
    {
        var existing = await app.CreateOrganisationAsync();
        var browser = await SignedInAsync(await PlatformAdminAsync());
        var email = People.NewEmail("nobody");
        var count = await app.WithDbAsync(db => db.Organisations.CountAsync());

        var taken = await browser.PostFormAsync("/platform/organisations/new", new Dictionary<string, string>
        {
            ["Input.Name"] = existing.Name.ToUpperInvariant(),
            ["Input.Kind"] = nameof(OrganisationKind.TherapyProvider),
            ["Input.AdminName"] = "Robin",
            ["Input.AdminEmail"] = email,
        });
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("There is already an organisation called", await taken.Content.ReadAsStringAsync());

        var noArea = await browser.PostFormAsync("/platform/organisations/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "Somewhere Council " + Guid.NewGuid().ToString("N")[..6],
            ["Input.Kind"] = nameof(OrganisationKind.LocalAuthority),
            ["Input.OnsCode"] = "E99999999",
            ["Input.AdminName"] = "Robin",
            ["Input.AdminEmail"] = email,
        });
        Assert.Equal(HttpStatusCode.OK, noArea.StatusCode);
        Assert.Contains("Select the local authority", await noArea.Content.ReadAsStringAsync());

        Assert.Equal(count, await app.WithDbAsync(db => db.Organisations.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.StaffInvitations.AnyAsync(i => i.Email == email)));
    }

    [Fact]
    public async Task A_local_authority_takes_its_ons_code_from_the_list()
    {
        var browser = await SignedInAsync(await PlatformAdminAsync());
        var name = "Manchester RAA " + Guid.NewGuid().ToString("N")[..6];
        var created = await browser.PostFormAsync("/platform/organisations/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(OrganisationKind.LocalAuthority),
            ["Input.OnsCode"] = "E08000003",
            ["Input.AdminName"] = "Robin",
            ["Input.AdminEmail"] = People.NewEmail("council"),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("E08000003", await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.OnsCode).SingleAsync()));
    }

    [Fact]
    public async Task An_organisation_admin_without_the_platform_flag_cannot_create_organisations()
    {
        var browser = await SignedInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin));
        Assert.StartsWith("/account/access-denied", Browser.Location(await browser.GetAsync("/platform/organisations")));
        var name = "Sneaky " + Guid.NewGuid().ToString("N")[..6];
        var posted = await browser.PostFormAsync("/platform/organisations/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(OrganisationKind.TherapyProvider),
            ["Input.AdminName"] = "Robin",
            ["Input.AdminEmail"] = People.NewEmail("sneaky"),
        }, tokenFrom: "/account");
        Assert.StartsWith("/account/access-denied", Browser.Location(posted));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name)));
    }

    [Fact]
    public async Task The_profile_takes_only_an_https_website()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var url = $"/admin/organisation?organisation={org.Id}";

        var refused = await browser.PostFormAsync(url, new Dictionary<string, string> { ["Input.About"] = "We help", ["Input.Website"] = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("starting with https://", await refused.Content.ReadAsStringAsync());
        Assert.Null(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == org.Id).Select(o => o.About).SingleAsync()));

        var saved = await browser.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.About"] = "Therapy for adopted children",
            ["Input.ContactEmail"] = "hello@example.org",
            ["Input.Phone"] = "0161 496 0000",
            ["Input.Website"] = "https://www.example.org",
        });
        Assert.Equal(url, Browser.Location(saved));
        var after = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == org.Id));
        Assert.Equal(("Therapy for adopted children", "hello@example.org", "0161 496 0000", "https://www.example.org"), (after.About, after.ContactEmail, after.Phone, after.Website));
        Assert.Equal(1, await AuditCountAsync(org.Id));
    }

    [Fact]
    public async Task Services_are_added_changed_and_closed_with_names_unique_in_the_organisation()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var url = $"/admin/services?organisation={org.Id}";

        Assert.Equal(url, Browser.Location(await browser.PostFormAsync(url, new Dictionary<string, string> { ["Input.Name"] = "Adoption support", ["Input.OwnWaitingList"] = "true" })));
        var service = await app.WithDbAsync(db => db.Services.SingleAsync(s => s.OrganisationId == org.Id));
        Assert.True(service.OwnWaitingList);

        var taken = await browser.PostFormAsync(url, new Dictionary<string, string> { ["Input.Name"] = "adoption SUPPORT" });
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("already has a service called", await taken.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Services.CountAsync(s => s.OrganisationId == org.Id)));

        var changed = await browser.PostFormAsync($"{url}&handler=Edit&id={service.Id}", new Dictionary<string, string> { ["Input.Name"] = "Adoption and kinship support" }, tokenFrom: url);
        Assert.Equal(url, Browser.Location(changed));
        var after = await app.WithDbAsync(db => db.Services.SingleAsync(s => s.Id == service.Id));
        Assert.Equal(("Adoption and kinship support", false), (after.Name, after.OwnWaitingList));

        // Another organisation's admin cannot close it.
        var other = await app.CreateOrganisationAsync();
        var otherBrowser = await SignedInAsync(await app.CreateStaffAsync(other, Role.Admin));
        Assert.Equal(HttpStatusCode.NotFound, (await otherBrowser.PostFormAsync($"/admin/services?organisation={other.Id}&handler=Close&id={service.Id}", new Dictionary<string, string>(), tokenFrom: $"/admin/services?organisation={other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBrowser.GetAsync(url)).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Services.Where(s => s.Id == service.Id).Select(s => s.ClosedAt).SingleAsync()));

        Assert.Equal(url, Browser.Location(await browser.PostFormAsync($"{url}&handler=Close&id={service.Id}", new Dictionary<string, string>(), tokenFrom: url)));
        Assert.NotNull(await app.WithDbAsync(db => db.Services.Where(s => s.Id == service.Id).Select(s => s.ClosedAt).SingleAsync()));
        Assert.Equal(3, await AuditCountAsync(service.Id));
    }

    [Fact]
    public async Task An_admin_of_another_organisation_gets_404_on_your_members()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        await app.CreateStaffAsync(org, Role.Admin);
        var otherOrg = await app.CreateOrganisationAsync();
        var outsider = await SignedInAsync(await app.CreateStaffAsync(otherOrg, Role.Admin));
        var url = $"/admin/members?organisation={org.Id}";

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        var removed = await outsider.PostFormAsync($"{url}&handler=Remove&userId={clinician.Id}", new Dictionary<string, string>(), tokenFrom: "/admin/members");
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        // Their own organisation's page does not list someone who is not its member either.
        var theirs = await outsider.PostFormAsync($"/admin/members?organisation={otherOrg.Id}&handler=Remove&userId={clinician.Id}", new Dictionary<string, string>(), tokenFrom: "/admin/members");
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.UserId == clinician.Id && m.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task The_last_admin_cannot_be_removed_or_demoted_and_nothing_changes()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        await app.WithDbAsync(db => { db.Memberships.Add(new Membership { UserId = admin.Id, OrganisationId = org.Id, Role = Role.Clinician, CreatedAt = app.Now }); return db.SaveChangesAsync(); });
        var browser = await SignedInAsync(admin);
        var url = $"/admin/members?organisation={org.Id}";
        var stamp = await app.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.SecurityStamp).SingleAsync());

        foreach (var post in new[] { $"{url}&handler=RemoveRole&userId={admin.Id}&role=Admin", $"{url}&handler=Remove&userId={admin.Id}" })
        {
            var refused = await browser.PostFormAsync(post, new Dictionary<string, string>(), tokenFrom: url);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("must keep at least one admin", await refused.Content.ReadAsStringAsync());
        }

        Assert.Equal(2, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.UserId == admin.Id && m.OrganisationId == org.Id)));
        Assert.Equal(stamp, await app.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.SecurityStamp).SingleAsync()));
        Assert.Equal(0, await AuditCountAsync(admin.Id));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_admin_gives_a_role_and_a_removed_member_is_refused_at_their_next_request()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var clinicianPerson = await app.CreateStaffAsync(org, Role.Clinician);
        var clinician = await SignedInAsync(clinicianPerson);
        Assert.Equal(HttpStatusCode.OK, (await clinician.GetAsync("/staff")).StatusCode);
        var url = $"/admin/members?organisation={org.Id}";

        var page = await admin.GetPageAsync(url);
        Assert.Contains(clinicianPerson.Email, page);

        var noRole = await admin.PostFormAsync($"{url}&handler=AddRole&userId={clinicianPerson.Id}", new Dictionary<string, string> { ["role"] = "" }, tokenFrom: url);
        Assert.Equal(HttpStatusCode.OK, noRole.StatusCode);
        Assert.Contains("Select a staff role", await noRole.Content.ReadAsStringAsync());
        var parent = await admin.PostFormAsync($"{url}&handler=AddRole&userId={clinicianPerson.Id}", new Dictionary<string, string> { ["role"] = nameof(Role.ParentCarer) }, tokenFrom: url);
        Assert.Equal(HttpStatusCode.OK, parent.StatusCode);

        var given = await admin.PostFormAsync($"{url}&handler=AddRole&userId={clinicianPerson.Id}", new Dictionary<string, string> { ["role"] = nameof(Role.Supervisor) }, tokenFrom: url);
        Assert.Equal(url, Browser.Location(given));
        Assert.Equal([Role.Clinician, Role.Supervisor], await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == clinicianPerson.Id).Select(m => m.Role).OrderBy(r => r).ToListAsync()));

        var removed = await admin.PostFormAsync($"{url}&handler=Remove&userId={clinicianPerson.Id}", new Dictionary<string, string>(), tokenFrom: url);
        Assert.Equal(url, Browser.Location(removed));
        Assert.False(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.UserId == clinicianPerson.Id)));
        Assert.Equal(2, await AuditCountAsync(clinicianPerson.Id));

        // Their cookie still names the clinician role; the next request is refused all the same.
        var next = await clinician.GetAsync("/staff");
        Assert.StartsWith("/account/sign-in", Browser.Location(next));
    }

    [Fact]
    public async Task A_provider_adds_and_ends_a_commission_and_the_commissioner_sees_it_read_only()
    {
        var provider = await app.CreateOrganisationAsync();
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var therapy = await app.CreateOrganisationAsync();
        var admin = await SignedInAsync(await app.CreateStaffAsync(provider, Role.Admin));
        var url = $"/admin/commissioners?organisation={provider.Id}";
        var today = UkTime.DateOf(app.Now);
        Dictionary<string, string> Form(Guid commissioner, DateOnly starts, DateOnly? ends) => new()
        {
            ["Input.CommissionerOrganisationId"] = commissioner.ToString(),
            ["Input.StartsDay"] = starts.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.StartsMonth"] = starts.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.StartsYear"] = starts.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.EndsDay"] = ends?.Day.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["Input.EndsMonth"] = ends?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["Input.EndsYear"] = ends?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };

        var backwards = await admin.PostFormAsync(url, Form(council.Id, today, today.AddDays(-1)));
        Assert.Equal(HttpStatusCode.OK, backwards.StatusCode);
        Assert.Contains("The end date must be the same as or after the start date", await backwards.Content.ReadAsStringAsync());
        var notACommissioner = await admin.PostFormAsync(url, Form(therapy.Id, today, null));
        Assert.Equal(HttpStatusCode.OK, notACommissioner.StatusCode);
        Assert.Contains("Select the local authority or NHS service", await notACommissioner.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Commissions.AnyAsync(c => c.ProviderOrganisationId == provider.Id)));

        Assert.Equal(url, Browser.Location(await admin.PostFormAsync(url, Form(council.Id, today.AddDays(-10), null))));
        var commission = await app.WithDbAsync(db => db.Commissions.SingleAsync(c => c.ProviderOrganisationId == provider.Id));
        Assert.Equal((council.Id, (Guid?)null, today.AddDays(-10), (DateOnly?)null), (commission.CommissionerOrganisationId, commission.ServiceId, commission.StartsOn, commission.EndsOn));

        var councilAdmin = await SignedInAsync(await app.CreateStaffAsync(council, Role.Admin));
        var councilPage = await councilAdmin.GetPageAsync($"/admin/commissioners?organisation={council.Id}");
        Assert.Contains("Who you commission", councilPage);
        Assert.Contains(provider.Name, councilPage);
        Assert.DoesNotContain("End it today", councilPage);
        // The commissioner cannot end it: it is the provider's to keep.
        var ended = await councilAdmin.PostFormAsync($"/admin/commissioners?organisation={council.Id}&handler=End&id={commission.Id}", new Dictionary<string, string>(), tokenFrom: "/admin/commissioners");
        Assert.Equal(HttpStatusCode.NotFound, ended.StatusCode);

        Assert.Equal(url, Browser.Location(await admin.PostFormAsync($"{url}&handler=End&id={commission.Id}", new Dictionary<string, string>(), tokenFrom: url)));
        Assert.Equal(today, await app.WithDbAsync(db => db.Commissions.Where(c => c.Id == commission.Id).Select(c => c.EndsOn).SingleAsync()));
        Assert.Equal(2, await AuditCountAsync(commission.Id));
    }
}

public sealed class OrganisationTestsOnSqlite(SqliteApp app) : OrganisationTests<SqliteApp>(app);

public sealed class OrganisationTestsOnPostgres(PostgresApp app) : OrganisationTests<PostgresApp>(app);
