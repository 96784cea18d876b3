using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Alongside.IntegrationTests.Features.PeerSupport;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Messages;

/// <summary>
/// Messages between a parent and their matched peer supporter: the same threads, read also by the
/// supervisors of the supporter's organisation (never written by them), kept from the care team,
/// closed to the supporter when the match ends, and the parent told who can read them.
/// </summary>
public abstract class PeerMessageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Message(string subject, string body) => new() { ["Input.Subject"] = subject, ["Input.Body"] = body };

    private static Dictionary<string, string> Reply(string body) => new() { ["Body"] = body };

    private static string Notice(Organisation org) => $"Your peer supporter's supervisor at {org.Name} can read these messages, to keep you both safe.";

    private static async Task<string> PageAsync(HttpClient browser, string url) => WebUtility.HtmlDecode(await browser.GetPageAsync(url));

    private Task<int> MessagesInAsync(Guid threadId) => app.WithDbAsync(db => db.Messages.CountAsync(m => m.ThreadId == threadId));

    private static Guid IdOf(string threadPath) => Guid.Parse(threadPath["/messages/".Length..]);

    [Fact]
    public async Task The_parent_and_their_supporter_write_to_each_other_the_supervisor_reads_audited_and_nobody_else_reaches_it()
    {
        var (_, parent, familyId, clinician, clinicianBrowser) = await app.FamilyWithCareTeamAsync();
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var supervisorPerson = await app.CreateStaffAsync(org, Role.Supervisor);
        var supervisor = await app.SignedInAsync(supervisorPerson);
        var (jo, joBrowser) = await app.SupporterAsync(org, "Jo Peer");
        var matchId = await app.MatchedAsync(org, familyId, jo.Id);
        var family = await app.SignedInAsync(parent);

        // Where the parent starts, they are told who else reads; the supporter is offered the same.
        var peerPage = await PageAsync(family, "/family/peer-support");
        Assert.Contains(Notice(org), peerPage);
        Assert.Contains($"/messages/new?matchId={matchId}", peerPage);
        Assert.Contains("Message your peer supporter", peerPage);
        var matchPage = await PageAsync(joBrowser, $"/peer/parents/{matchId}");
        Assert.Contains($"/messages/new?matchId={matchId}", matchPage);
        Assert.Contains("Message this parent", matchPage);
        var start = await PageAsync(family, $"/messages/new?matchId={matchId}");
        Assert.Contains(Notice(org), start);
        Assert.Contains("To your peer supporter, Jo Peer", start);

        var sent = await family.PostMultipartAsync($"/messages/new?matchId={matchId}", Message("First week", "PEER-BODY: the first week was hard."), []);
        var threadPath = Browser.Location(sent);
        Assert.StartsWith("/messages/", threadPath);
        var threadId = IdOf(threadPath);
        Assert.Equal(matchId, await app.WithDbAsync(db => db.MessageThreads.Where(t => t.Id == threadId).Select(t => t.PeerSupportRequestId).SingleAsync()));
        var toJo = await app.Mail.WaitForAsync(jo.Email, "You have a new message");
        Assert.DoesNotContain("PEER-BODY", toJo.TextBody);
        Assert.DoesNotContain("First week", toJo.TextBody + toJo.Subject);
        Assert.Equal(0, await app.QueuedAsync(clinician.Email, "You have a new message on Alongside")); // never the care team

        Assert.Contains("1 unread", await joBrowser.GetPageAsync("/messages"));
        var joThread = await PageAsync(joBrowser, threadPath);
        Assert.Contains("PEER-BODY", joThread);
        Assert.Contains("Send reply", joThread);
        Assert.Equal(HttpStatusCode.Redirect, (await joBrowser.PostMultipartAsync(threadPath, Reply("JO-REPLY: it gets easier."), [])).StatusCode);
        var toParent = await app.Mail.WaitForAsync(parent.Email, "You have a new message");
        Assert.DoesNotContain("JO-REPLY", toParent.TextBody);

        var parentThread = await PageAsync(family, threadPath);
        Assert.Contains("JO-REPLY", parentThread);
        Assert.Contains(Notice(org), parentThread);
        Assert.Contains("With your peer supporter, Jo Peer", parentThread);
        Assert.Contains("with your peer supporter Jo Peer", await PageAsync(family, "/messages"));

        // The supervisor reads, audited like any staff read, and cannot write or start one.
        var supervisorThread = await PageAsync(supervisor, threadPath);
        Assert.Contains("PEER-BODY", supervisorThread);
        Assert.Contains("JO-REPLY", supervisorThread);
        Assert.DoesNotContain("Send reply", supervisorThread);
        Assert.Contains("First week", await supervisor.GetPageAsync("/messages"));
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostFormAsync(threadPath, Reply("Supervisor words"), tokenFrom: threadPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/messages/new?matchId={matchId}")).StatusCode);
        Assert.Equal(2, await MessagesInAsync(threadId));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "MessageThread" && a.EntityId == threadId && a.ActorUserId == supervisorPerson.Id && a.Action == "read" && a.FamilyId == familyId)));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "MessageThread" && a.EntityId == threadId && a.ActorUserId == parent.Id)));

        // The care team never sees the peer thread; the supporter never sees the care team's.
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianBrowser.GetAsync(threadPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianBrowser.PostFormAsync(threadPath, Reply("Clinician words"), tokenFrom: "/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianBrowser.GetAsync($"/messages/new?matchId={matchId}")).StatusCode);
        Assert.DoesNotContain("First week", await clinicianBrowser.GetPageAsync("/messages"));
        var careThread = Browser.Location(await family.PostMultipartAsync("/messages/new", Message("Care team only", "CARE-BODY"), []));
        Assert.Contains("CARE-BODY", await clinicianBrowser.GetPageAsync(careThread));
        foreach (var peerSide in new[] { joBrowser, supervisor })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await peerSide.GetAsync(careThread)).StatusCode);
            Assert.DoesNotContain("Care team only", await peerSide.GetPageAsync("/messages"));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await joBrowser.PostFormAsync(careThread, Reply("Jo in the wrong place"), tokenFrom: "/messages")).StatusCode);
        Assert.Equal(1, await MessagesInAsync(IdOf(careThread)));

        // Another family, another supporter of the same organisation, another organisation's supervisor.
        var (otherParent, _) = await app.CreateParentAsync();
        var (_, otherSupporter) = await app.SupporterAsync(org, "Sam Other");
        var otherOrg = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var otherSupervisor = await app.SignedInAsync(await app.CreateStaffAsync(otherOrg, Role.Supervisor));
        foreach (var outsider in new[] { await app.SignedInAsync(otherParent), otherSupporter, otherSupervisor })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(threadPath)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/messages/new?matchId={matchId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(threadPath, Reply("Outsider words"), tokenFrom: "/messages")).StatusCode);
            Assert.DoesNotContain("First week", await outsider.GetPageAsync("/messages"));
        }
        Assert.Equal(2, await MessagesInAsync(threadId));
    }

    [Fact]
    public async Task After_the_match_ends_the_supporter_loses_the_thread_the_parent_reads_but_cannot_write_and_downloads_it()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var supervisor = await app.SignedInAsync(await app.CreateStaffAsync(org, Role.Supervisor));
        var (jo, joBrowser) = await app.SupporterAsync(org, "Jo Ending");
        var (parent, familyId) = await app.CreateParentAsync();
        var matchId = await app.MatchedAsync(org, familyId, jo.Id);
        var family = await app.SignedInAsync(parent);
        var threadPath = Browser.Location(await joBrowser.PostMultipartAsync($"/messages/new?matchId={matchId}", Message("Hello from Jo", "JO-FIRST: I am your peer supporter."), []));
        Assert.StartsWith("/messages/", threadPath);
        var threadId = IdOf(threadPath);
        Assert.Contains("JO-FIRST", await family.GetPageAsync(threadPath));

        Assert.Equal(HttpStatusCode.Redirect, (await family.AnswerAsync("End", matchId, nameof(MatchEndReason.GoalsMet))).StatusCode);
        Assert.Equal(PeerRequestStatus.Closed, (await app.RequestAsync(matchId)).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await joBrowser.GetAsync(threadPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await joBrowser.PostFormAsync(threadPath, Reply("Jo after the end"), tokenFrom: "/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await joBrowser.GetAsync($"/messages/new?matchId={matchId}")).StatusCode);
        Assert.DoesNotContain("Hello from Jo", await joBrowser.GetPageAsync("/messages"));

        var ended = await PageAsync(family, threadPath);
        Assert.Contains("JO-FIRST", ended);
        Assert.Contains("This support has ended", ended);
        Assert.DoesNotContain("Send reply", ended);
        var refused = await family.PostFormAsync(threadPath, Reply("Parent after the end"), tokenFrom: threadPath);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This support has ended", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync($"/messages/new?matchId={matchId}")).StatusCode);
        Assert.Equal(1, await MessagesInAsync(threadId));

        // The supervisors keep reading after the end.
        Assert.Contains("JO-FIRST", await supervisor.GetPageAsync(threadPath));

        // The family's download has the peer thread, marked as such.
        var download = await family.PostFormAsync("/family/my-data", new Dictionary<string, string>());
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("data.json")!.Open());
        var data = JsonDocument.Parse(await reader.ReadToEndAsync());
        var conversation = Assert.Single(FindArrays(data.RootElement, "conversations").SelectMany(a => a.EnumerateArray()));
        Assert.Equal("Hello from Jo", conversation.GetProperty("subject").GetString());
        Assert.True(conversation.GetProperty("withPeerSupporter").GetBoolean());
        Assert.Contains("JO-FIRST", conversation.GetProperty("messages")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Risk_words_in_a_parents_peer_message_alert_the_supervisors_not_the_care_team()
    {
        var (_, parent, familyId, clinician, _) = await app.FamilyWithCareTeamAsync();
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var supervisorPerson = await app.CreateStaffAsync(org, Role.Supervisor);
        var (jo, _) = await app.SupporterAsync(org, "Jo Risk");
        var matchId = await app.MatchedAsync(org, familyId, jo.Id);
        var family = await app.SignedInAsync(parent);

        var sent = await family.PostMultipartAsync($"/messages/new?matchId={matchId}", Message("Tonight", "I am scared I will lose control and hurt him."), []);
        Assert.Contains("Call 999", await family.GetPageAsync(Browser.Location(sent)));
        var alert = await app.Mail.WaitForAsync(supervisorPerson.Email, "a family may need urgent help");
        Assert.DoesNotContain("lose control", alert.TextBody);
        Assert.Equal(0, await app.QueuedAsync(clinician.Email, "Please look soon: a family may need urgent help"));
        Assert.True(await app.WithDbAsync(db => db.RiskAlerts.AnyAsync(a => a.FamilyId == familyId && a.Organisations.Any(o => o.OrganisationId == org.Id))));
        var threadId = IdOf(Browser.Location(sent));
        Assert.True(await app.WithDbAsync(db => db.Messages.AnyAsync(m => m.RiskFlagged && m.ThreadId == threadId)));
    }

    private static IEnumerable<JsonElement> FindArrays(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == name && property.Value.ValueKind == JsonValueKind.Array) yield return property.Value;
                foreach (var inner in FindArrays(property.Value, name)) yield return inner;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in FindArrays(item, name)) yield return inner;
            }
        }
    }
}

public sealed class PeerMessageTestsOnSqlite(SqliteApp app) : PeerMessageTests<SqliteApp>(app);

public sealed class PeerMessageTestsOnPostgres(PostgresApp app) : PeerMessageTests<PostgresApp>(app);
