using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Features.Sessions;

/// <summary>The Join button shows from ten minutes before an online session until it ends, for the family and their guests.</summary>
public abstract class JoinWindowTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<Guid> OnlineSessionAsync(Ready ready, TimeSpan startsIn, string room)
    {
        var session = new Session
        {
            FamilyId = ready.FamilyId,
            ClinicianUserId = ready.Clinician.Id,
            Kind = SessionKind.ParentingSupport,
            StartsAt = app.Now + startsIn,
            EndsAt = app.Now + startsIn + TimeSpan.FromHours(1),
            Mode = DeliveryMode.Online,
            VideoLink = "https://video.example.test/room-" + room,
            BookedByUserId = ready.Clinician.Id,
            CreatedAt = app.Now,
        };
        await app.WithDbAsync(db => { db.Sessions.Add(session); return db.SaveChangesAsync(); });
        return session.Id;
    }

    [Fact]
    public async Task The_family_home_shows_the_next_session_and_its_join_button_only_in_the_window()
    {
        var ready = await app.ReadyToBookAsync();
        Assert.Null(Html.Parse(await ready.Family.GetPageAsync("/family")).QuerySelector("#next-session"));

        await OnlineSessionAsync(ready, TimeSpan.FromHours(26), "tomorrow");
        var home = Html.Parse(await ready.Family.GetPageAsync("/family"));
        Assert.Equal("Your next session", home.Text("#next-session"));
        Assert.Contains("online, by video call", home.Text(".app-next-session"));
        Assert.Contains("The Join button appears here 10 minutes before the session starts", home.Text(".app-next-session"));
        Assert.Null(home.QuerySelector("a.app-join-button"));

        await OnlineSessionAsync(ready, TimeSpan.FromMinutes(8), "soon");
        home = Html.Parse(await ready.Family.GetPageAsync("/family"));
        Assert.Equal("https://video.example.test/room-soon", home.QuerySelector(".app-next-session a.app-join-button")?.GetAttribute("href"));

        // Another family's home never shows this family's session.
        var other = await app.ReadyToBookAsync();
        Assert.Null(Html.Parse(await other.Family.GetPageAsync("/family")).QuerySelector("#next-session"));
    }

    [Fact]
    public async Task Join_shows_from_ten_minutes_before_until_the_end_and_not_earlier()
    {
        var ready = await app.ReadyToBookAsync();
        var soon = await OnlineSessionAsync(ready, TimeSpan.FromMinutes(5), "soon");
        await OnlineSessionAsync(ready, TimeSpan.FromMinutes(-30), "now");
        var later = await OnlineSessionAsync(ready, TimeSpan.FromHours(3), "later");

        var page = Html.Parse(await ready.Family.GetPageAsync("/family/sessions"));
        var joins = page.QuerySelectorAll("a.app-join-button").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://video.example.test/room-now", "https://video.example.test/room-soon"], joins); // earliest first, the one under way too
        Assert.DoesNotContain("room-later", page.Text("main"));
        Assert.Contains("The Join button appears here 10 minutes before the session starts", page.Text("main"));
        // A session under way cannot be cancelled from the page; one still to come can.
        Assert.Equal(2, page.QuerySelectorAll("a[href$='/cancel']").Length);

        // The family's home shows the session under way, with its Join button, until it ends.
        var home = Html.Parse(await ready.Family.GetPageAsync("/family"));
        Assert.Equal("Your session now", home.Text("#next-session"));
        Assert.Equal(["https://video.example.test/room-now"], home.QuerySelectorAll("a.app-join-button").Select(a => a.GetAttribute("href")).ToList());

        // The clinician's diary has the same window.
        var diary = Html.Parse(await ready.Staff.GetPageAsync("/staff/sessions"));
        Assert.Equal(["https://video.example.test/room-now", "https://video.example.test/room-soon"], diary.QuerySelectorAll("a.app-join-link").Select(a => a.GetAttribute("href")).ToList());

        // The address a reminder links to opens the room only while it can be joined.
        Assert.Equal("https://video.example.test/room-soon", (await ready.Family.GetAsync($"/family/sessions?handler=Join&id={soon}")).Headers.Location?.ToString());
        Assert.Equal("/family/sessions", Browser.Location(await ready.Family.GetAsync($"/family/sessions?handler=Join&id={later}")));
        Assert.Contains("The video call opens 10 minutes before the session starts", await ready.Family.GetPageAsync("/family/sessions"));
        var stranger = await app.ReadyToBookAsync();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await stranger.Family.GetAsync($"/family/sessions?handler=Join&id={soon}")).StatusCode);

        // A guest invited to the session about to start gets the same Join button.
        var email = People.NewEmail("grandad");
        await ready.Family.PostFormAsync($"/family/sessions/{soon}/guests", new Dictionary<string, string> { ["Input.Name"] = "Grandad", ["Input.Email"] = email });
        var invitation = await app.Mail.WaitForAsync(email, "has invited you to a session");
        var guest = Html.Parse(await app.NewBrowser().GetPageAsync(Browser.FirstLink(invitation.TextBody, "/guest/")));
        Assert.Equal("https://video.example.test/room-soon", guest.QuerySelector("a.app-join-button")?.GetAttribute("href"));
    }
}

public sealed class JoinWindowTestsOnSqlite(SqliteApp app) : JoinWindowTests<SqliteApp>(app);

public sealed class JoinWindowTestsOnPostgres(PostgresApp app) : JoinWindowTests<PostgresApp>(app);
