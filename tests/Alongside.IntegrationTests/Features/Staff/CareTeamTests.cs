using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Staff;

public abstract class CareTeamTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<HttpClient> SignedInAsync(Person person)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(person);
        return browser;
    }

    private Task<bool> OnTeamAsync(Guid familyId, Guid userId) =>
        app.WithDbAsync(db => db.CareTeamMembers.AnyAsync(c => c.FamilyId == familyId && c.UserId == userId));

    private Task<Guid> OpenRequestAsync(Guid familyId, Guid userId) =>
        app.WithDbAsync(db => db.CareTeamRequests.Where(r => r.FamilyId == familyId && r.UserId == userId && r.DecidedAt == null).Select(r => r.Id).SingleAsync());

    [Fact]
    public async Task A_clinician_asks_a_care_team_member_or_admin_decides_and_the_family_is_told_who_joined_and_left()
    {
        var (org, parent, familyId, member, memberBrowser) = await app.FamilyWithCareTeamAsync();
        var page = $"/staff/families/{familyId}";
        var askerPerson = await app.CreateStaffAsync(org, Role.Clinician);
        var askerName = $"Dr Asha {Guid.NewGuid():N}"[..16];
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == askerPerson.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, askerName)));
        var asker = await SignedInAsync(askerPerson);
        var colleague = await SignedInAsync(await app.CreateStaffAsync(org, Role.Clinician));

        // One click no longer opens the private record: it asks.
        Assert.Equal(HttpStatusCode.Redirect, (await asker.PostFormAsync($"{page}?handler=Join", new Dictionary<string, string>(), tokenFrom: page)).StatusCode);
        Assert.False(await OnTeamAsync(familyId, askerPerson.Id));
        Assert.Contains("Your request is sent", await asker.GetPageAsync(page));
        await app.Mail.WaitForAsync(member.Email, "asks to join a care team");
        var requestId = await OpenRequestAsync(familyId, askerPerson.Id);

        // Neither the asker nor a colleague outside the team may say yes.
        foreach (var browser in new[] { asker, colleague })
        {
            var decided = await browser.PostFormAsync($"{page}?handler=Decide", new Dictionary<string, string> { ["requestId"] = requestId.ToString(), ["approve"] = "true" }, tokenFrom: page);
            Assert.Equal(HttpStatusCode.NotFound, decided.StatusCode);
        }
        Assert.False(await OnTeamAsync(familyId, askerPerson.Id));

        // A care team member says yes: the asker joins, and both the asker and the family are told.
        await memberBrowser.PostFormAsync($"{page}?handler=Decide", new Dictionary<string, string> { ["requestId"] = requestId.ToString(), ["approve"] = "true" });
        Assert.True(await OnTeamAsync(familyId, askerPerson.Id));
        await app.Mail.WaitForAsync(askerPerson.Email, "You have joined a care team");
        var told = await app.Mail.WaitForAsync(parent.Email, "Someone has joined your care team");
        Assert.Contains(askerName, told.TextBody);
        var family = await SignedInAsync(parent);
        Assert.Contains(askerName, await family.GetPageAsync("/family"));

        // The end of the relationship: they leave, and the family is told.
        await asker.PostFormAsync($"{page}?handler=Remove", new Dictionary<string, string> { ["userId"] = askerPerson.Id.ToString() });
        Assert.False(await OnTeamAsync(familyId, askerPerson.Id));
        await app.Mail.WaitForAsync(parent.Email, "Someone has left your care team");
        Assert.DoesNotContain(askerName, await family.GetPageAsync("/family"));
        Assert.Equal(HttpStatusCode.NotFound, (await asker.GetAsync($"{page}/assessments/new")).StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_of_the_askers_organisation_decides_for_a_family_with_no_care_team_and_may_decline()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        await app.WithDbAsync(async db => { db.FamilyOrganisations.Add(new FamilyOrganisation { FamilyId = familyId, OrganisationId = other.Id }); return await db.SaveChangesAsync(); });
        var page = $"/staff/families/{familyId}";
        var askerPerson = await app.CreateStaffAsync(org, Role.Clinician);
        var asker = await SignedInAsync(askerPerson);
        await asker.PostFormAsync($"{page}?handler=Join", new Dictionary<string, string>(), tokenFrom: page);
        var requestId = await OpenRequestAsync(familyId, askerPerson.Id);
        var decline = new Dictionary<string, string> { ["requestId"] = requestId.ToString(), ["approve"] = "false" };

        var otherAdmin = await SignedInAsync(await app.CreateStaffAsync(other, Role.Admin));
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostFormAsync($"{page}?handler=Decide", decline, tokenFrom: page)).StatusCode);

        var adminPerson = await app.CreateStaffAsync(org, Role.Admin);
        var admin = await SignedInAsync(adminPerson);
        Assert.Contains("Asking to join", await admin.GetPageAsync(page));
        await admin.PostFormAsync($"{page}?handler=Decide", decline);
        Assert.False(await OnTeamAsync(familyId, askerPerson.Id));
        await app.Mail.WaitForAsync(askerPerson.Email, "was declined");
        var request = await app.WithDbAsync(db => db.CareTeamRequests.SingleAsync(r => r.Id == requestId));
        Assert.Equal((false, adminPerson.Id), (request.Approved!.Value, request.DecidedByUserId!.Value));
        // A decided request cannot be decided again.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync($"{page}?handler=Decide", decline, tokenFrom: page)).StatusCode);
    }
}

public sealed class CareTeamTestsOnSqlite(SqliteApp app) : CareTeamTests<SqliteApp>(app);

public sealed class CareTeamTestsOnPostgres(PostgresApp app) : CareTeamTests<PostgresApp>(app);
