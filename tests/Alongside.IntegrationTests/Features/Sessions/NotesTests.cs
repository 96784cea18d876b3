using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Sessions;

public abstract class NotesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task Parents_read_the_summary_and_never_the_private_notes_by_any_route()
    {
        var (org, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var session = new Session
        {
            FamilyId = familyId,
            ClinicianUserId = clinician.Id,
            Kind = SessionKind.ParentingSupport,
            StartsAt = app.Now.AddDays(-1),
            EndsAt = app.Now.AddDays(-1).AddHours(1),
            Mode = DeliveryMode.Online,
            Status = SessionStatus.Attended,
            BookedByUserId = parent.Id,
            CreatedAt = app.Now,
        };
        await app.WithDbAsync(async db => { db.Sessions.Add(session); return await db.SaveChangesAsync(); });

        var page = $"/staff/sessions/{session.Id}/notes";
        var empty = await staff.PostFormAsync(page, new Dictionary<string, string> { ["Input.PrivateNotes"] = "", ["Input.ParentSummary"] = " " });
        Assert.Contains("Write the notes, the summary for the parents, or both", await empty.Content.ReadAsStringAsync());
        var saved = await staff.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Input.PrivateNotes"] = "PRIVATE-NOTE: the child disclosed a worry about school.",
            ["Input.ParentSummary"] = "We talked about bedtime. Try the wind-down routine.",
        });
        Assert.Equal("/staff/sessions", Browser.Location(saved));
        Assert.Contains("PRIVATE-NOTE", await staff.GetPageAsync(page));

        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        var sessions = await family.GetPageAsync("/family/sessions");
        Assert.Contains("Try the wind-down routine.", sessions);
        var made = await family.PostFormAsync("/account/calendar", new Dictionary<string, string>());
        var feed = new Uri(Html.Parse(await made.Content.ReadAsStringAsync()).Text("#feed-url")).AbsolutePath;
        Assert.Contains($"{session.Id:N}", await app.NewBrowser().GetPageAsync(feed));
        foreach (var route in new[] { "/family/sessions", "/family", $"/api/v1/families/{familyId}", $"/family/sessions?handler=Calendar&id={session.Id}", feed, "/family/strategies", "/messages" })
        {
            Assert.DoesNotContain("PRIVATE-NOTE", await (await family.GetAsync(route)).Content.ReadAsStringAsync());
        }
        Assert.StartsWith("/account/access-denied", Browser.Location(await family.GetAsync(page)));

        // A colleague who is neither the session's clinician nor on the care team cannot open them.
        var peer = await app.CreateStaffAsync(org, Role.Clinician);
        var peerBrowser = app.NewBrowser();
        await peerBrowser.SignInAsync(peer);
        Assert.Equal(HttpStatusCode.NotFound, (await peerBrowser.GetAsync(page)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == session.Id && a.ActorUserId == clinician.Id && a.Action == "read")));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == session.Id && a.ActorUserId == peer.Id)));
    }
}

public sealed class NotesTestsOnSqlite(SqliteApp app) : NotesTests<SqliteApp>(app);

public sealed class NotesTestsOnPostgres(PostgresApp app) : NotesTests<PostgresApp>(app);
