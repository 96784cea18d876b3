using System.Globalization;
using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.PeerSupport;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.PeerSupport;

public abstract class SupervisionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<HttpClient> SignedInAsync(Person person)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(person);
        return browser;
    }

    private static Dictionary<string, string> Entry(DateOnly day, string topics, string wellbeing = "4") => new()
    {
        ["Input.Day"] = day.Day.ToString(CultureInfo.InvariantCulture),
        ["Input.Month"] = day.Month.ToString(CultureInfo.InvariantCulture),
        ["Input.Year"] = day.Year.ToString(CultureInfo.InvariantCulture),
        ["Input.Topics"] = topics,
        ["Input.Actions"] = "Read the lone working policy",
        ["Input.Wellbeing"] = wellbeing,
        ["Input.Note"] = "",
    };

    private DateOnly Today => UkTime.DateOf(app.Now);

    [Fact]
    public async Task A_supervisor_sees_each_supporter_s_training_caseload_open_concerns_and_last_supervision_and_keeps_a_log_the_supporter_reads()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var supervisorPerson = await app.CreateStaffAsync(org, Role.Supervisor);
        var trained = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var untrained = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var elsewhere = await app.CreateStaffAsync(await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation), Role.PeerSupporter);
        var completed = app.Now.AddDays(-60);
        var (_, course) = await app.TrainingPlaceAsync(trained.Id, CourseAudience.PeerSupporterTraining, completed, renewalMonths: 24);
        await app.TrainingPlaceAsync(untrained.Id, CourseAudience.ParentsAndCarers, app.Now.AddDays(-10)); // a parenting course is not training

        var (_, familyId) = await app.CreateParentAsync();
        var (_, otherFamilyId) = await app.CreateParentAsync();
        var matched = new PeerSupportRequest { OrganisationId = org.Id, FamilyId = familyId, Needs = GroupAudience.Trauma, WantsOnline = true, RequestedAt = app.Now, Status = PeerRequestStatus.Matched, SupporterUserId = trained.Id, MatchedAt = app.Now };
        var ended = new PeerSupportRequest { OrganisationId = org.Id, FamilyId = otherFamilyId, Needs = GroupAudience.Trauma, WantsOnline = true, RequestedAt = app.Now, Status = PeerRequestStatus.Closed, SupporterUserId = trained.Id, MatchedAt = app.Now };
        await app.WithDbAsync(db =>
        {
            db.PeerSupportRequests.AddRange(matched, ended);
            db.SafeguardingConcerns.Add(new SafeguardingConcern { RequestId = matched.Id, OrganisationId = org.Id, RaisedByUserId = trained.Id, Description = "Open", RaisedAt = app.Now });
            db.SafeguardingConcerns.Add(new SafeguardingConcern { RequestId = matched.Id, OrganisationId = org.Id, RaisedByUserId = trained.Id, Description = "Dealt with", RaisedAt = app.Now, AcknowledgedAt = app.Now, AcknowledgedByUserId = supervisorPerson.Id, ActionTaken = "Called" });
            return db.SaveChangesAsync();
        });

        var supervisor = await SignedInAsync(supervisorPerson);
        var list = Html.Parse(await supervisor.GetPageAsync("/peer/supervision"));
        var rows = list.TableRows();
        Assert.Equal(2, rows.Count); // the other organisation's supporter is not theirs
        var renewal = UkTime.DateOf(completed).AddMonths(24);
        var trainedRow = rows.Single(r => r[1].Contains(course, StringComparison.Ordinal));
        Assert.Equal($"{course}, completed {Day(UkTime.DateOf(completed))}; renewal due {Day(renewal)}", trainedRow[1]);
        Assert.Equal(["1", "1", "None recorded"], trainedRow.Skip(2));
        var untrainedRow = rows.Single(r => r != trainedRow);
        Assert.Equal("Not current No completed peer supporter training on Alongside", untrainedRow[1]);
        Assert.Equal(["0", "0", "None recorded"], untrainedRow.Skip(2));
        Assert.Equal(new[] { trained.Id, untrained.Id }.Select(id => $"/peer/supervision/{id}").Order(StringComparer.Ordinal),
            list.Links("/peer/supervision/").Order(StringComparer.Ordinal));

        var log = $"/peer/supervision/{trained.Id}";
        async Task<IReadOnlyList<string>> RefusedAsync(Dictionary<string, string> form)
        {
            var response = await supervisor.PostFormAsync(log, form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Html.Parse(await response.Content.ReadAsStringAsync()).Errors();
        }
        Assert.Equal(["The date of supervision must be today or in the past"], await RefusedAsync(Entry(Today.AddDays(1), "Boundaries")));
        Assert.Equal(["The date of supervision must be in 2000 or later"], await RefusedAsync(Entry(new DateOnly(1999, 12, 31), "Boundaries")));
        Assert.Equal(["The date of supervision must be today or in the past"], await RefusedAsync(Entry(new DateOnly(9999, 12, 31), "Boundaries")));
        Assert.Equal(["Enter the topics you talked about", "Select how they said they were, from 1 to 5"], await RefusedAsync(Entry(Today, " ", wellbeing: "")));
        Assert.Equal(["Select how they said they were, from 1 to 5"], await RefusedAsync(Entry(Today, "Boundaries", wellbeing: "6")));
        Assert.Equal(["Enter the date of supervision"], await RefusedAsync(new Dictionary<string, string>(Entry(Today, "Boundaries")) { ["Input.Day"] = "", ["Input.Month"] = "", ["Input.Year"] = "" }));
        Assert.Equal(0, await app.WithDbAsync(db => db.SupervisionEntries.CountAsync(e => e.SupporterUserId == trained.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync(log, Entry(new DateOnly(2000, 1, 1), "The first one on record"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync(log, Entry(Today.AddDays(-3), "Boundaries with a parent SUPERVISION-TOPIC", wellbeing: "2"))).StatusCode);
        var entries = Html.Parse(await supervisor.GetPageAsync(log));
        Assert.Equal([Day(Today.AddDays(-3)), Day(new DateOnly(2000, 1, 1))], entries.Texts("main h3"));
        Assert.Contains("2: finding it hard", entries.Text("main ul.nhsuk-list--border"));
        var again = Html.Parse(await supervisor.GetPageAsync("/peer/supervision")).TableRows().Single(r => r[0].StartsWith("peersupporter", StringComparison.Ordinal) && r[1].Contains(course, StringComparison.Ordinal));
        Assert.Equal(Day(Today.AddDays(-3)), again[4]);

        // The supporter reads every entry about them, with who wrote it; another supporter reads none of it.
        var mine = Html.Parse(await (await SignedInAsync(trained)).GetPageAsync("/peer/supervision/mine"));
        Assert.Equal([$"{Day(Today.AddDays(-3))}, with supervisor", $"{Day(new DateOnly(2000, 1, 1))}, with supervisor"], mine.Texts("main h3"));
        Assert.Contains("SUPERVISION-TOPIC", mine.Text("main"));
        var theirs = await (await SignedInAsync(untrained)).GetPageAsync("/peer/supervision/mine");
        Assert.DoesNotContain("SUPERVISION-TOPIC", theirs);
        Assert.Contains("Nothing recorded yet", theirs);
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignedInAsync(elsewhere)).GetAsync(log)).StatusCode);
    }

    [Fact]
    public async Task The_log_is_private_to_the_supervisor_who_wrote_it_and_the_supporter_not_other_supervisors_admins_or_other_staff()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var writer = await SignedInAsync(await app.CreateStaffAsync(org, Role.Supervisor));
        var supporter = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var log = $"/peer/supervision/{supporter.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostFormAsync(log, Entry(Today, "PRIVATE-TO-TWO"))).StatusCode);

        // Another supervisor of the same organisation has a log of their own with the supporter, without this one in it.
        var colleague = await SignedInAsync(await app.CreateStaffAsync(org, Role.Supervisor));
        var theirLog = await colleague.GetPageAsync(log);
        Assert.DoesNotContain("PRIVATE-TO-TWO", theirLog);
        Assert.Contains("Nothing recorded yet", theirLog);
        Assert.Equal("None recorded", Assert.Single(Html.Parse(await colleague.GetPageAsync("/peer/supervision")).TableRows())[4]);

        // An admin of the organisation does not supervise: no list, no log, no writing.
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/peer/supervision")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(log)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync(log, Entry(Today, "ADMIN-WROTE"), tokenFrom: "/account")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/peer/supervision/mine")).StatusCode);

        // A supervisor elsewhere, and a peer supporter, reach neither the list nor the log.
        var outsider = await SignedInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation), Role.Supervisor));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(log)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(log, Entry(Today, "OUTSIDER-WROTE"), tokenFrom: "/peer/supervision")).StatusCode);
        var peer = await SignedInAsync(await app.CreateStaffAsync(org, Role.PeerSupporter));
        Assert.Equal(HttpStatusCode.NotFound, (await peer.GetAsync("/peer/supervision")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await peer.GetAsync(log)).StatusCode);
        Assert.DoesNotContain("PRIVATE-TO-TWO", await peer.GetPageAsync("/peer/supervision/mine"));
        var (parent, _) = await app.CreateParentAsync();
        Assert.StartsWith("/account/access-denied", Browser.Location(await (await SignedInAsync(parent)).GetAsync("/peer/supervision/mine")));
        // A supervisor who is also a peer supporter never supervises themselves.
        var both = await app.CreateStaffAsync(org, Role.Supervisor);
        await app.WithDbAsync(db => { db.Memberships.Add(new Membership { UserId = both.Id, OrganisationId = org.Id, Role = Role.PeerSupporter, CreatedAt = app.Now }); return db.SaveChangesAsync(); });
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignedInAsync(both)).GetAsync($"/peer/supervision/{both.Id}")).StatusCode);

        var written = await app.WithDbAsync(db => db.SupervisionEntries.Where(e => e.SupporterUserId == supporter.Id).Select(e => e.Topics).ToListAsync());
        Assert.Equal(["PRIVATE-TO-TWO"], written);
        Assert.Contains("PRIVATE-TO-TWO", await (await SignedInAsync(supporter)).GetPageAsync("/peer/supervision/mine"));
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

public sealed class SupervisionTestsOnSqlite(SqliteApp app) : SupervisionTests<SqliteApp>(app);

public sealed class SupervisionTestsOnPostgres(PostgresApp app) : SupervisionTests<PostgresApp>(app);
