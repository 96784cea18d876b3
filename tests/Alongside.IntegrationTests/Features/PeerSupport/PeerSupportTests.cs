using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.PeerSupport;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.PeerSupport;

public abstract class PeerSupportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Profile(string experience, string near, string languages = "", string capacity = "3") => new()
    {
        ["Input.Experience"] = experience,
        ["Input.Languages"] = languages,
        ["Input.Near"] = near,
        ["Input.InPerson"] = "true",
        ["Input.Online"] = "true",
        ["Input.Availability"] = "Evenings",
        ["Input.Capacity"] = capacity,
    };

    private async Task<HttpClient> SignedInAsync(Person person)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(person);
        return browser;
    }

    [Fact]
    public async Task A_parent_asks_the_coordinator_sees_an_explained_ranking_and_the_supporter_logs_contacts_with_signposting()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var coordinator = await SignedInAsync(await app.CreateStaffAsync(org, Role.Supervisor));
        var nearPerson = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var farPerson = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var near = await SignedInAsync(nearPerson);
        var far = await SignedInAsync(farPerson);
        Assert.Equal(HttpStatusCode.Redirect, (await near.PostFormAsync("/peer", Profile("AdoptiveParents", "SK1", "Polish"))).StatusCode);
        await far.PostFormAsync("/peer", Profile("FosterCarers", "LS1"));
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        await admin.PostFormAsync("/admin/local-help", new Dictionary<string, string>
        {
            ["Input.Name"] = "Stockport food bank",
            ["Input.Description"] = "Food parcels, no referral needed",
            ["Input.Categories"] = "Food",
            ["Input.Phone"] = "0161 000 0000",
            ["Input.Website"] = "",
            ["Input.Areas"] = "SK1, SK2",
        });
        var helpline = $"Family money helpline {Guid.NewGuid():N}";
        await admin.PostFormAsync("/admin/local-help", new Dictionary<string, string> { ["Input.Name"] = helpline, ["Input.Description"] = "Benefits advice", ["Input.Categories"] = "Money", ["Input.Nationwide"] = "true" });

        var (parent, familyId) = await app.CreateParentAsync();
        var family = await SignedInAsync(parent);
        var empty = await family.PostFormAsync("/family/peer-support", new Dictionary<string, string> { ["Input.OrganisationId"] = org.Id.ToString(), ["Input.Near"] = "", ["Input.Language"] = "", ["Input.Note"] = "" });
        var emptyPage = await empty.Content.ReadAsStringAsync();
        Assert.Contains("Choose at least one thing", emptyPage);
        Assert.Contains("Choose in person, online, or both", emptyPage);
        // The database: the family's page shows only an open or matched request, so only here is "no request at all" provable.
        Assert.Equal(0, await app.WithDbAsync(db => db.PeerSupportRequests.CountAsync(r => r.FamilyId == familyId)));
        var asked = await family.PostFormAsync("/family/peer-support", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = org.Id.ToString(),
            ["Input.Needs"] = "AdoptiveParents",
            ["Input.InPerson"] = "true",
            ["Input.Near"] = "M1 1AA",
            ["Input.Language"] = "Polish",
            ["Input.Note"] = "Evenings are best",
        });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var requestPage = Assert.Single(Html.Parse(await coordinator.GetPageAsync("/peer/requests")).Links("/peer/requests/"));
        var requestId = Guid.Parse(requestPage["/peer/requests/".Length..]);

        var ranking = await coordinator.GetPageAsync($"/peer/requests/{requestId}");
        Assert.Equal("In person, near M1", Html.Parse(ranking).SummaryRows()["Meeting"]); // only the district is kept
        Assert.Contains("Lived experience in common: adoptive parents", ranking);
        Assert.Contains("Speaks Polish", ranking);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == requestId && a.EntityType == "PeerSupport" && a.Action == "read")));
        Assert.True(ranking.IndexOf($"supporterId={nearPerson.Id}", StringComparison.Ordinal) < ranking.IndexOf($"supporterId={farPerson.Id}", StringComparison.Ordinal), "the better fit first");
        // A supporter cannot match, and another organisation's coordinator cannot see it.
        Assert.Equal(HttpStatusCode.NotFound, (await near.GetAsync($"/peer/requests/{requestId}")).StatusCode);
        var otherCoordinator = await SignedInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation), Role.Supervisor));
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync($"/peer/requests/{requestId}")).StatusCode);

        await coordinator.PostFormAsync($"/peer/requests/{requestId}?supporterId={nearPerson.Id}", new Dictionary<string, string>(), tokenFrom: $"/peer/requests/{requestId}");
        await app.Mail.WaitForAsync(parent.Email, "A peer supporter who may suit you");
        // The parent says yes first (MatchLifecycleTests walks the no); only then is the supporter told.
        await family.PostFormAsync("/family/peer-support?handler=Accept", new Dictionary<string, string> { ["requestId"] = requestId.ToString() }, tokenFrom: "/family/peer-support");
        await app.Mail.WaitForAsync(nearPerson.Email, "You have been matched with a parent");

        var contactPage = $"/peer/parents/{requestId}";
        var log = await near.GetPageAsync(contactPage);
        Assert.DoesNotContain("Stockport food bank", log); // it serves SK1 and SK2, not the parent near M1
        // No page shows this supporter the food bank (it does not serve the parent's area): its id comes from the database, to try it anyway.
        var foodBank = await app.WithDbAsync(db => db.LocalHelpEntries.Where(e => e.Name == "Stockport food bank").Select(e => e.Id).SingleAsync());
        var future = await near.PostFormAsync(contactPage, new Dictionary<string, string> { ["Contact.Date"] = "2099-01-01", ["Contact.Mode"] = "Phone", ["Contact.Topics"] = "x", ["Contact.Note"] = "" });
        Assert.Contains("today or in the past", await future.Content.ReadAsStringAsync());
        await near.PostFormAsync(contactPage, new Dictionary<string, string>
        {
            ["Contact.Date"] = DateOnly.FromDateTime(app.Now.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Contact.Mode"] = "Phone",
            ["Contact.Topics"] = "Sleep and school mornings",
            ["Contact.Note"] = "SUPPORTER-NOTE: sounded exhausted",
            ["Contact.Signposts"] = foodBank.ToString(),
        });
        var signposts = Html.Parse(await near.GetPageAsync(contactPage));
        var helplineId = signposts.QuerySelectorAll("input[name='Contact.Signposts']").Single(box => signposts.Text($"label[for='{box.Id}']") == helpline).GetAttribute("value")!;
        await near.PostFormAsync(contactPage, new Dictionary<string, string>
        {
            ["Contact.Date"] = DateOnly.FromDateTime(app.Now.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Contact.Mode"] = "VideoCall",
            ["Contact.Topics"] = "Money worries",
            ["Contact.Note"] = "",
            ["Contact.Signposts"] = helplineId.ToString(),
        });
        var parentView = await family.GetPageAsync("/family/peer-support");
        Assert.Contains("Sleep and school mornings", parentView);
        Assert.Contains($"Help suggested: {helpline}", parentView);
        Assert.DoesNotContain("SUPPORTER-NOTE", parentView);
        Assert.Contains("SUPPORTER-NOTE", await coordinator.GetPageAsync(contactPage)); // the supervisor reads it
        Assert.Equal(HttpStatusCode.NotFound, (await far.GetAsync(contactPage)).StatusCode);
        // Signposting is only to entries serving the parent's area: the Stockport food bank is not one near M1.
        // The database: proof that no signpost row was written, which no page can show.
        Assert.Equal(0, await app.WithDbAsync(db => db.PeerContactSignposts.CountAsync(s => s.LocalHelpId == foodBank)));
    }

    [Fact]
    public async Task The_safeguarding_button_records_the_concern_and_tells_the_supervisors_who_record_what_they_did()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var supervisorPerson = await app.CreateStaffAsync(org, Role.Supervisor);
        var supervisor = await SignedInAsync(supervisorPerson);
        var supporterPerson = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var supporter = await SignedInAsync(supporterPerson);
        var (_, familyId) = await app.CreateParentAsync();
        var request = new PeerSupportRequest { OrganisationId = org.Id, FamilyId = familyId, Needs = GroupAudience.Trauma, WantsOnline = true, RequestedAt = app.Now, Status = PeerRequestStatus.Matched, SupporterUserId = supporterPerson.Id, MatchedAt = app.Now, AcceptedAt = app.Now };
        await app.WithDbAsync(async db => { db.PeerSupportRequests.Add(request); return await db.SaveChangesAsync(); }); // arranged: already matched

        var page = $"/peer/parents/{request.Id}";
        Assert.Contains("Say what worries you", await (await supporter.PostFormAsync($"{page}?handler=Concern", new Dictionary<string, string> { ["description"] = " " }, tokenFrom: page)).Content.ReadAsStringAsync());
        await supporter.PostFormAsync($"{page}?handler=Concern", new Dictionary<string, string> { ["description"] = "Mum said the younger child was left alone overnight." }, tokenFrom: page);
        var email = await app.Mail.WaitForAsync(supervisorPerson.Email, "Safeguarding concern");
        Assert.DoesNotContain("left alone", email.TextBody);
        var concerns = await supervisor.GetPageAsync("/peer/concerns");
        Assert.Contains("left alone overnight", concerns);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyId == familyId && a.ActorUserId == supervisorPerson.Id && a.EntityType == "SafeguardingConcern")));
        var concernForm = Html.Parse(concerns).QuerySelector($".nhsuk-card:has(a[href='/peer/parents/{request.Id}']) form")!;
        var concernId = Html.QueryValue(concernForm.GetAttribute("action")!, "concernId");
        await supervisor.PostFormAsync($"/peer/concerns?concernId={concernId}", new Dictionary<string, string> { ["action"] = "Called the family's social worker." });
        Assert.Contains("Called the family", await supporter.GetPageAsync(page));
        Assert.Equal(HttpStatusCode.NotFound, (await supporter.GetAsync("/peer/concerns")).StatusCode);
    }

    [Fact]
    public async Task Local_help_is_found_by_district_area_or_nationwide_and_bad_entries_are_refused()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var bad = await admin.PostFormAsync("/admin/local-help", new Dictionary<string, string> { ["Input.Name"] = "X", ["Input.Description"] = "Y", ["Input.Areas"] = "ZZ9, M1", ["Input.Website"] = "javascript:alert(1)" });
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Choose at least one kind of help", badPage);
        Assert.Contains("These are not GB postcode areas or districts: ZZ9", badPage);
        Assert.Contains("starting https://", badPage);
        var name = $"Manchester SEND advice {Guid.NewGuid():N}";
        await admin.PostFormAsync("/admin/local-help", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Description"] = "Help with EHCPs", ["Input.Categories"] = "SendEducation", ["Input.Areas"] = "M" });
        var national = $"Benefits helpline {Guid.NewGuid():N}";
        await admin.PostFormAsync("/admin/local-help", new Dictionary<string, string> { ["Input.Name"] = national, ["Input.Description"] = "Advice", ["Input.Categories"] = "Money", ["Input.Nationwide"] = "true" });

        var browser = app.NewBrowser();
        var m14 = await browser.GetAsync("/local-help?near=M14%205AA");
        Assert.Equal("/local-help?near=M14", Browser.Location(m14));
        var near = await browser.GetPageAsync("/local-help?near=M14");
        Assert.Contains(name, near);
        Assert.Contains(national, near);
        var leeds = await browser.GetPageAsync("/local-help?near=LS1");
        Assert.DoesNotContain(name, leeds);
        Assert.Contains(national, leeds);
        Assert.DoesNotContain(national, await browser.GetPageAsync("/local-help?near=M14&category=SendEducation"));
        Assert.Contains("could not find the postcode district M66", await browser.GetPageAsync("/local-help?near=M66"));
    }
}

public sealed class PeerSupportTestsOnSqlite(SqliteApp app) : PeerSupportTests<SqliteApp>(app);

public sealed class PeerSupportTestsOnPostgres(PostgresApp app) : PeerSupportTests<PostgresApp>(app);
