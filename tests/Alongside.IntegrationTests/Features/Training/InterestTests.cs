using System.Net;
using Alongside.IntegrationTests.Features.Groups;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Training;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Training;

public abstract class InterestTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Page = "/training/register-interest";

    private async Task<HttpClient> SignedInAsync(Person person)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(person);
        return browser;
    }

    private static Dictionary<string, string> Parent(string email, Guid? organisationId = null, string message = "") => new()
    {
        ["Input.OrganisationId"] = organisationId?.ToString() ?? "",
        ["Input.Route"] = nameof(InterestRoute.ParentOrCarer),
        ["Input.Name"] = "Morgan",
        ["Input.Email"] = email,
        ["Input.Phone"] = "",
        ["Input.ServiceName"] = "",
        ["Input.ServiceRole"] = "",
        ["Input.HowMany"] = "",
        ["Input.Area"] = "",
        ["Input.Message"] = message,
    };

    private static Dictionary<string, string> Service(string email, Guid organisationId, string howMany) => new()
    {
        ["Input.OrganisationId"] = organisationId.ToString(),
        ["Input.Route"] = nameof(InterestRoute.Service),
        ["Input.Name"] = "Dana",
        ["Input.Email"] = email,
        ["Input.Phone"] = "0161 000 0000",
        ["Input.ServiceName"] = "Northshire virtual school",
        ["Input.ServiceRole"] = "Head of inclusion",
        ["Input.HowMany"] = howMany,
        ["Input.Area"] = "Northshire",
        ["Input.Message"] = "",
    };

    private Task<Guid> InterestIdAsync(string email) => app.WithDbAsync(db => db.TrainingInterests.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task Words_that_signal_a_crisis_show_urgent_help_at_once_and_alert_the_organisation_and_calm_words_do_neither()
    {
        var body = await app.CreateOrganisationAsync(OrganisationKind.TrainingBody);
        await app.CreateStaffAsync(body, Role.Admin);
        Task<int> AlertsAsync() => app.WithDbAsync(db => db.RiskAlerts.CountAsync(a => a.Organisations.Any(o => o.OrganisationId == body.Id)));

        var calm = app.NewBrowser();
        await calm.PostFormAsync(Page, Parent(People.NewEmail("calm"), body.Id, "I adopted in 2019 and would like to help others."));
        Assert.DoesNotContain("get help now", await calm.GetPageAsync($"{Page}/thanks"));
        Assert.Equal(0, await AlertsAsync());

        var worried = app.NewBrowser();
        var sent = await worried.PostFormAsync(Page, Parent(People.NewEmail("worried"), body.Id, "Some days I think about suicide, but I want to help."));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("get help now", await worried.GetPageAsync($"{Page}/thanks"));
        Assert.Equal(1, await AlertsAsync());
    }

    [Fact]
    public async Task A_parent_registers_interest_with_a_training_body_whose_staff_move_it_on_and_each_step_is_emailed_without_their_notes()
    {
        var body = await app.CreateOrganisationAsync(OrganisationKind.TrainingBody);
        // A second body, so the form offers a choice however many other tests ran first (with one, it names it instead).
        await app.CreateOrganisationAsync(OrganisationKind.TrainingBody);
        var adminPerson = await app.CreateStaffAsync(body, Role.Admin);
        var supervisorPerson = await app.CreateStaffAsync(body, Role.Supervisor);
        var admin = await SignedInAsync(adminPerson);
        var email = People.NewEmail("volunteer");

        var visitor = app.NewBrowser();
        var form = Html.Parse(await visitor.GetPageAsync(Page));
        Assert.Contains(body.Id.ToString(), form.QuerySelectorAll("#Input_OrganisationId option").Select(o => o.GetAttribute("value")));
        var sent = await visitor.PostFormAsync(Page, Parent(email, body.Id, "I adopted two siblings in 2019. PRIVATE-STORY"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"{Page}/thanks", Browser.Location(sent));
        Assert.Contains(body.Name, await visitor.GetPageAsync($"{Page}/thanks"));

        var thanks = await app.Mail.WaitForAsync(email, "Your interest in peer support training");
        Assert.Contains("Hello Morgan", thanks.TextBody);
        Assert.Contains(body.Name, thanks.TextBody);
        Assert.DoesNotContain("PRIVATE-STORY", thanks.TextBody);
        var id = await InterestIdAsync(email);
        foreach (var staff in new[] { adminPerson, supervisorPerson })
        {
            var told = await app.Mail.WaitForAsync(staff.Email, "Someone would like to train as a peer supporter");
            Assert.Equal($"/training/interests/{id}", Browser.FirstLink(told.TextBody, "/training/interests/"));
            Assert.DoesNotContain("PRIVATE-STORY", told.TextBody);
            Assert.DoesNotContain("Morgan", told.TextBody);
        }

        var list = Html.Parse(await admin.GetPageAsync("/training/interests"));
        Assert.Contains("New (1)", list.Text("nav[aria-label=Steps]"));
        Assert.Equal([$"/training/interests/{id}"], list.Links("/training/interests/"));
        var details = Html.Parse(await admin.GetPageAsync($"/training/interests/{id}"));
        Assert.Contains("PRIVATE-STORY", details.SummaryRows()["They said"]);
        Assert.Equal(email, details.SummaryRows()["Email"]);

        var page = $"/training/interests/{id}";
        var noted = await admin.PostFormAsync($"{page}?handler=Note", new Dictionary<string, string> { ["Note.Text"] = "Left a voicemail STAFF-NOTE" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        var moved = await admin.PostFormAsync($"{page}?handler=Move", new Dictionary<string, string> { ["Move.To"] = "Contacted", ["Move.Note"] = "Spoke for 20 minutes STAFF-MOVE" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var step = await app.Mail.WaitForAsync(email, "about peer support training");
        Assert.Contains("has been in touch", step.TextBody);
        Assert.DoesNotContain("STAFF-", step.TextBody);

        // The supervisor of the same organisation works the same pipeline.
        var supervisor = await SignedInAsync(supervisorPerson);
        var after = await supervisor.GetPageAsync(page);
        Assert.Contains("STAFF-NOTE", after);
        Assert.Contains("STAFF-MOVE", after);
        Assert.Contains("moved to Contacted", after);
        var contacted = Html.Parse(await supervisor.GetPageAsync("/training/interests?status=contacted"));
        Assert.Contains("New (0)", contacted.Text("nav[aria-label=Steps]"));
        Assert.Contains("Contacted (1)", contacted.Text("nav[aria-label=Steps]"));
        Assert.Equal([page], contacted.Links("/training/interests/"));

        // Back to New, or to the step it is at, is refused with a message; nothing is emailed or changed.
        foreach (var to in new[] { "New", "Contacted" })
        {
            var refused = await supervisor.PostFormAsync($"{page}?handler=Move", new Dictionary<string, string> { ["Move.To"] = to, ["Move.Note"] = "" }, tokenFrom: page);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Select a step other than Contacted", Html.Parse(await refused.Content.ReadAsStringAsync()).Errors());
        }
        var unknownStep = await supervisor.PostFormAsync($"{page}?handler=Move", new Dictionary<string, string> { ["Move.To"] = "99", ["Move.Note"] = "" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.OK, unknownStep.StatusCode);
        Assert.NotEmpty(Html.Parse(await unknownStep.Content.ReadAsStringAsync()).Errors());
        var blankNote = await supervisor.PostFormAsync($"{page}?handler=Note", new Dictionary<string, string> { ["Note.Text"] = " " }, tokenFrom: page);
        Assert.Contains("Write the note", Html.Parse(await blankNote.Content.ReadAsStringAsync()).Errors());

        await supervisor.PostFormAsync($"{page}?handler=Move", new Dictionary<string, string> { ["Move.To"] = "Enrolled", ["Move.Note"] = "" }, tokenFrom: page);
        Assert.Contains("put you down for peer support training", (await app.Mail.WaitForAsync(email, "You are down for peer support training")).TextBody);
        // Each change is audited, with who made it; a refused move is not.
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == id && a.EntityType == "TrainingInterest").OrderBy(a => a.Id).Select(a => new { a.ActorUserId, a.Reason }).ToListAsync());
        Assert.Equal([(adminPerson.Id, "Added a note to an interest in training"), (adminPerson.Id, "Moved an interest in training to Contacted"), (supervisorPerson.Id, "Moved an interest in training to Enrolled")],
            audited.Select(a => (a.ActorUserId, a.Reason)));
        Assert.Equal(InterestStatus.Enrolled, await app.WithDbAsync(db => db.TrainingInterests.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task Every_answer_is_checked_with_a_clear_message_and_a_service_gives_its_name_role_numbers_and_area()
    {
        var body = await app.CreateOrganisationAsync(OrganisationKind.TrainingBody);
        await app.CreateOrganisationAsync(OrganisationKind.TrainingBody); // two to choose from: the choice is asked for
        var admin = await SignedInAsync(await app.CreateStaffAsync(body, Role.Admin));
        var provider = await app.CreateOrganisationAsync(OrganisationKind.TherapyProvider);
        var visitor = app.NewBrowser();
        var email = People.NewEmail("service");

        async Task<IReadOnlyList<string>> ErrorsAsync(Dictionary<string, string> form)
        {
            var response = await visitor.PostFormAsync(Page, form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Html.Parse(await response.Content.ReadAsStringAsync()).Errors();
        }

        Assert.Equal(["Select the training organisation to send this to", "Select who the training is for", "Enter your name", "Enter your email address"],
            await ErrorsAsync(new Dictionary<string, string>()));
        var service = Service(email, body.Id, "");
        service["Input.ServiceName"] = service["Input.ServiceRole"] = service["Input.Area"] = " ";
        service["Input.Email"] = "not an address";
        Assert.Equal(["Enter an email address in the right format, like name@example.com", "Enter the name of the service", "Enter your role in the service", "Enter how many people would train", "Enter the area the service covers"],
            await ErrorsAsync(service));
        Assert.Contains("Enter how many people as a number, like 12", await ErrorsAsync(Service(email, body.Id, "lots")));
        Assert.Contains("How many people must be between 1 and 1,000", await ErrorsAsync(Service(email, body.Id, "0")));
        Assert.Contains("How many people must be between 1 and 1,000", await ErrorsAsync(Service(email, body.Id, "1001")));
        Assert.Contains("How many people must be between 1 and 1,000", await ErrorsAsync(Service(email, body.Id, "99999999999999999999")));
        Assert.Contains("Your name must be 120 characters or fewer", await ErrorsAsync(new Dictionary<string, string>(Parent(email, body.Id)) { ["Input.Name"] = new string('a', 121) }));
        // Only a training body is offered on the form; another organisation's id is refused.
        Assert.Contains("Select the training organisation to send this to", await ErrorsAsync(Parent(email, provider.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.TrainingInterests.CountAsync(i => i.Email == email)));

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostFormAsync(Page, Service(email, body.Id, "1,000"))).StatusCode);
        var stored = await app.WithDbAsync(db => db.TrainingInterests.SingleAsync(i => i.Email == email));
        Assert.Equal((InterestRoute.Service, "Northshire virtual school", "Head of inclusion", (int?)1000, "Northshire", (Guid?)null, (Guid?)null),
            (stored.Route, stored.ServiceName, stored.ServiceRole, stored.HowMany, stored.Area, stored.UserId, stored.GroupId));
        await app.Mail.WaitForAsync(email, "Your interest in peer support training");
        var row = Assert.Single(Html.Parse(await admin.GetPageAsync("/training/interests")).TableRows());
        Assert.Equal(["Dana", "Northshire virtual school: 1000 people"], row.Take(2));
        var details = Html.Parse(await admin.GetPageAsync($"/training/interests/{stored.Id}")).SummaryRows();
        Assert.Equal("Head of inclusion", details["Their role"]);
        Assert.Equal("1000", details["How many people"]);
    }

    [Fact]
    public async Task Volunteer_here_on_a_group_page_sends_the_interest_to_the_group_s_organisation_with_a_signed_in_parent_s_details_filled_in()
    {
        var group = await app.GroupAsync();
        var coordinatorPerson = await app.CreateStaffAsync(group.Org, Role.Supervisor);
        var (parent, _) = await app.CreateParentAsync();
        var browser = await SignedInAsync(parent);

        var link = Assert.Single(Html.Parse(await browser.GetPageAsync($"/groups/{group.GroupId}")).Links(Page));
        Assert.Equal($"{Page}?organisation={group.Org.Id}&group={group.GroupId}", link);
        var form = Html.Parse(await browser.GetPageAsync(link));
        Assert.Contains($"Your interest goes to {group.Org.Name}", form.Text("main form"));
        Assert.Equal(parent.Email, form.Value("#Input_Email"));
        Assert.Equal("parent", form.Value("#Input_Name"));
        Assert.Null(form.QuerySelector("#Input_OrganisationId"));

        var fields = Parent(parent.Email);
        fields["Input.Name"] = "parent";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(link, fields)).StatusCode);
        var stored = await app.WithDbAsync(db => db.TrainingInterests.SingleAsync(i => i.Email == parent.Email));
        Assert.Equal((group.Org.Id, (Guid?)group.GroupId, (Guid?)parent.Id), (stored.OrganisationId, stored.GroupId, stored.UserId));
        await app.Mail.WaitForAsync(coordinatorPerson.Email, "Someone would like to train as a peer supporter");
        var coordinator = await SignedInAsync(coordinatorPerson);
        Assert.Contains($"/groups/{group.GroupId}", Html.Parse(await coordinator.GetPageAsync($"/training/interests/{stored.Id}")).Links("/groups/"));

        // An organisation that does not exist is refused, shown or sent.
        var unknown = $"{Page}?organisation={Guid.NewGuid()}&group={group.GroupId}";
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(unknown)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostFormAsync(unknown, fields, tokenFrom: link)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync($"{Page}?organisation=not-an-id")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.TrainingInterests.CountAsync(i => i.Email == parent.Email)));
    }

    [Fact]
    public async Task The_pipeline_opens_only_to_the_receiving_organisation_s_admins_and_supervisors_and_pages_newest_first()
    {
        var body = await app.CreateOrganisationAsync(OrganisationKind.TrainingBody);
        var admin = await SignedInAsync(await app.CreateStaffAsync(body, Role.Admin));
        var start = app.Now.AddDays(-30);
        var interests = Enumerable.Range(1, 27).Select(n => new TrainingInterest
        {
            OrganisationId = body.Id,
            Route = InterestRoute.ParentOrCarer,
            Name = $"Person {n:00}",
            Email = $"person{n}@example.test",
            CreatedAt = start.AddHours(n),
            UpdatedAt = start.AddHours(n),
        }).ToList();
        interests[0].Status = InterestStatus.NotNow;
        await app.WithDbAsync(db => { db.TrainingInterests.AddRange(interests); return db.SaveChangesAsync(); });

        var first = Html.Parse(await admin.GetPageAsync("/training/interests"));
        Assert.Equal("New (26) Contacted (0) Enrolled (0) Not now (1)", first.Text("nav[aria-label=Steps]"));
        var names = first.TableRows().Select(r => r[0]).ToList();
        Assert.Equal(25, names.Count);
        Assert.Equal("Person 27", names[0]);
        Assert.Equal("Person 03", names[^1]);
        Assert.Contains("/training/interests?status=new&p=2", first.Links("/training/interests?"));
        Assert.Equal(["Person 02"], Html.Parse(await admin.GetPageAsync("/training/interests?status=new&p=2")).TableRows().Select(r => r[0]));
        Assert.Equal(["Person 01"], Html.Parse(await admin.GetPageAsync("/training/interests?status=not-now")).TableRows().Select(r => r[0]));
        // A step the list does not know falls back to New; a page past the end is empty, not an error.
        Assert.Equal(25, Html.Parse(await admin.GetPageAsync("/training/interests?status=bogus")).TableRows().Count);
        Assert.Empty(Html.Parse(await admin.GetPageAsync("/training/interests?p=2147483647")).TableRows());

        var one = $"/training/interests/{interests[5].Id}";
        var otherAdmin = await SignedInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(OrganisationKind.TrainingBody), Role.Admin));
        Assert.Empty(Html.Parse(await otherAdmin.GetPageAsync("/training/interests")).TableRows());
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync(one)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostFormAsync($"{one}?handler=Note", new Dictionary<string, string> { ["Note.Text"] = "Not mine" }, tokenFrom: "/training/interests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostFormAsync($"{one}?handler=Move", new Dictionary<string, string> { ["Move.To"] = "NotNow" }, tokenFrom: "/training/interests")).StatusCode);
        foreach (var role in new[] { Role.Clinician, Role.PeerSupporter, Role.Commissioner })
        {
            var staff = await SignedInAsync(await app.CreateStaffAsync(body, role));
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/training/interests")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(one)).StatusCode);
        }
        var (parent, _) = await app.CreateParentAsync();
        var family = await SignedInAsync(parent);
        Assert.StartsWith("/account/access-denied", Browser.Location(await family.GetAsync(one)));
        Assert.StartsWith("/account/sign-in", Browser.Location(await app.NewBrowser().GetAsync("/training/interests")));
        Assert.Equal(InterestStatus.New, await app.WithDbAsync(db => db.TrainingInterests.Where(i => i.Id == interests[5].Id).Select(i => i.Status).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.TrainingInterestNotes.AnyAsync(n => n.InterestId == interests[5].Id)));
    }
}

public sealed class InterestTestsOnSqlite(SqliteApp app) : InterestTests<SqliteApp>(app);

public sealed class InterestTestsOnPostgres(PostgresApp app) : InterestTests<PostgresApp>(app);

/// <summary>Two posts a minute from one address, so the brake is reached quickly.</summary>
public sealed class InterestRateLimitedApp : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("RateLimits:AddressPermitsPerMinute", "2")];
}

public sealed class InterestRateLimitTests(InterestRateLimitedApp app) : IClassFixture<InterestRateLimitedApp>
{
    [Fact]
    public async Task Posting_interest_without_signing_in_is_braked_per_address_while_the_form_still_shows()
    {
        var body = await app.CreateOrganisationAsync(OrganisationKind.TrainingBody);
        var page = $"/training/register-interest?organisation={body.Id}";
        var visitor = app.NewBrowser();
        var token = Browser.Token(await visitor.GetPageAsync(page));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await visitor.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Route"] = "ParentOrCarer",
                ["Input.Name"] = "Flood",
                ["Input.Email"] = $"flood{i}@example.test",
            }));
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, (HttpStatusCode)429], statuses);
        Assert.Equal(2, await app.WithDbAsync(db => db.TrainingInterests.CountAsync(i => i.OrganisationId == body.Id)));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(page)).StatusCode);
    }
}
