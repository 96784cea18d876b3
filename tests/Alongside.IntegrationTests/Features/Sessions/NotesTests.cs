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

    [Fact]
    public async Task The_clinician_writes_notes_for_a_session_weeks_ago_whatever_its_attendance()
    {
        var (org, _, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var started = new[] { (app.Now.AddDays(-40), SessionStatus.Booked), (app.Now.AddDays(-30), SessionStatus.DidNotAttend), (app.Now.AddMinutes(-10), SessionStatus.Booked) }
            .Select(s => new Session
            {
                FamilyId = familyId,
                ClinicianUserId = clinician.Id,
                Kind = SessionKind.ParentingSupport,
                StartsAt = s.Item1,
                EndsAt = s.Item1.AddHours(1),
                Mode = DeliveryMode.Online,
                Status = s.Item2,
                BookedByUserId = clinician.Id,
                CreatedAt = app.Now,
            }).ToList();
        await app.WithDbAsync(async db => { db.Sessions.AddRange(started); return await db.SaveChangesAsync(); });

        // Each is offered from the calendar (and the current one from the diary too), and takes notes.
        foreach (var session in started)
        {
            var week = await staff.GetPageAsync($"/staff/sessions/calendar?view=week&date={UkTime.DateOf(session.StartsAt):yyyy-MM-dd}");
            Assert.Contains($"/staff/sessions/{session.Id}/notes", Html.Parse(week).Links());
            var saved = await staff.PostFormAsync($"/staff/sessions/{session.Id}/notes", new Dictionary<string, string>
            {
                ["Input.PrivateNotes"] = $"Notes for {session.Id}",
                ["Input.ParentSummary"] = "",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal($"Notes for {session.Id}", await app.WithDbAsync(db => db.SessionNotes.Where(n => n.SessionId == session.Id).Select(n => n.PrivateNotes).SingleAsync()));
        }
        Assert.Contains($"/staff/sessions/{started[2].Id}/notes", Html.Parse(await staff.GetPageAsync("/staff/sessions")).Links());

        // Still only the session's clinician or the care team: a colleague gets 404 and writes nothing.
        var peer = await app.CreateStaffAsync(org, Role.Clinician);
        var peerBrowser = app.NewBrowser();
        await peerBrowser.SignInAsync(peer);
        var refused = await peerBrowser.PostFormAsync($"/staff/sessions/{started[0].Id}/notes", new Dictionary<string, string> { ["Input.PrivateNotes"] = "Not mine" }, tokenFrom: "/staff/sessions");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal($"Notes for {started[0].Id}", await app.WithDbAsync(db => db.SessionNotes.Where(n => n.SessionId == started[0].Id).Select(n => n.PrivateNotes).SingleAsync()));
    }
}

public sealed class NotesTestsOnSqlite(SqliteApp app) : NotesTests<SqliteApp>(app);

public sealed class NotesTestsOnPostgres(PostgresApp app) : NotesTests<PostgresApp>(app);
