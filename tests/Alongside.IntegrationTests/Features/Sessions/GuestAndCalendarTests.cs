using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Sessions;

public abstract partial class GuestAndCalendarTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<(Ready Ready, Guid SessionId)> BookedAsync()
    {
        var ready = await app.ReadyToBookAsync();
        var slot = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=1"))[2];
        await SessionSteps.BookAsync(ready.Family, slot);
        var id = Assert.Single((await ready.Family.SessionsAsync()).Upcoming).Id;
        return (ready, id);
    }

    /// <summary>The people invited to a session, as its guests page lists them, with the id to take each invitation back (none once taken back).</summary>
    private static async Task<List<(string Text, string GuestId)>> InvitedAsync(HttpClient family, string page)
    {
        var html = Html.Parse(await family.GetPageAsync(page));
        var heading = html.QuerySelectorAll("h2").FirstOrDefault(h => Html.Text(h) == "Invited");
        return heading?.NextElementSibling?.Children.Select(li => (Html.Text(li),
            li.QuerySelector("form[action*='handler=Revoke']")?.GetAttribute("action") is { } action ? Html.QueryValue(action, "guestId") : "")).ToList() ?? [];
    }

    private static Dictionary<string, string> Guest(string name, string email) => new() { ["Input.Name"] = name, ["Input.Email"] = email };

    [Fact]
    public async Task A_guest_gets_a_link_to_one_sessions_details_that_stops_when_revoked()
    {
        var (ready, id) = await BookedAsync();
        var page = $"/family/sessions/{id}/guests";

        var bad = await ready.Family.PostFormAsync(page, Guest("Nana", "nana-at-example"));
        Assert.Contains("Enter an email address in the right format", await bad.Content.ReadAsStringAsync());
        Assert.Empty(await InvitedAsync(ready.Family, page));

        var email = People.NewEmail("nana");
        Assert.Equal(HttpStatusCode.Redirect, (await ready.Family.PostFormAsync(page, Guest("Nana", email))).StatusCode);
        var again = await ready.Family.PostFormAsync(page, Guest("Nana", email.ToUpperInvariant()));
        Assert.Contains("already invited this person", await again.Content.ReadAsStringAsync());
        var message = await app.Mail.WaitForAsync(email, "has invited you to a session");
        var path = Browser.FirstLink(message.TextBody, "/guest/");

        var anyone = app.NewBrowser(); // the guest has no account
        var details = await anyone.GetPageAsync(path);
        Assert.Contains("Hello Nana", details);
        Assert.True(Documents.NoStore(await anyone.GetAsync(path))); // the link is the only key: no cache keeps the page
        Assert.Contains("The Join button appears here 10 minutes before the session starts", details); // the room itself opens near the time
        Assert.DoesNotContain("Bedtimes", details); // the plan's goals are not a guest's business

        var guestId = Assert.Single(await InvitedAsync(ready.Family, page)).GuestId;
        await ready.Family.PostFormAsync($"{page}?handler=Revoke&guestId={guestId}", new Dictionary<string, string>(), tokenFrom: page);
        var revoked = await anyone.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Contains("This link no longer works", await revoked.Content.ReadAsStringAsync());

        // Another family cannot see or invite to this session.
        var stranger = app.NewBrowser();
        await stranger.SignInAsync((await app.CreateParentAsync()).Parent);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task A_guest_link_expires_when_the_session_ends()
    {
        var (ready, id) = await BookedAsync();
        var email = People.NewEmail("partner");
        await ready.Family.PostFormAsync($"/family/sessions/{id}/guests", Guest("Sam", email));
        var path = Browser.FirstLink((await app.Mail.WaitForAsync(email, "has invited you")).TextBody, "/guest/");
        Assert.Equal(HttpStatusCode.OK, (await app.NewBrowser().GetAsync(path)).StatusCode);

        var ended = app.Now.AddMinutes(-5);
        // The app cannot move time on, so the session is made to have just ended.
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, ended.AddHours(-1)).SetProperty(x => x.EndsAt, ended)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewBrowser().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewBrowser().GetAsync("/guest/not-a-real-token")).StatusCode);
    }

    private static async Task<string> MakeFeedAsync(HttpClient browser)
    {
        var made = await browser.PostFormAsync("/account/calendar", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        return new Uri(Html.Parse(await made.Content.ReadAsStringAsync()).Text("#feed-url")).AbsolutePath;
    }

    [Fact]
    public async Task Each_person_has_a_secret_calendar_feed_they_can_reset()
    {
        var (ready, id) = await BookedAsync();
        var feed = await MakeFeedAsync(ready.Family);
        Assert.Matches("^/calendar/[A-Za-z0-9_-]{40,}\\.ics$", feed);

        var ics = await app.NewBrowser().GetPageAsync(feed);
        Assert.Contains($"UID:{id:N}@alongside", ics);
        Assert.Contains("SUMMARY:1:1 therapeutic parenting support session with", ics);
        Assert.Contains("https://video.example.test/room-", ics);
        Assert.Matches("(?m)^URL:https://video\\.example\\.test/room-", ics); // the room is the event's address too
        Assert.Contains("BEGIN:VALARM", ics); // and the phone reminds 10 minutes before, as the Join button opens
        Assert.Contains("TRIGGER:-PT10M", ics);
        Assert.DoesNotContain("Bedtimes", ics);

        // The clinician's own feed has the session too, without the family's name.
        var clinicianFeed = await MakeFeedAsync(ready.Staff);
        var theirs = await app.NewBrowser().GetPageAsync(clinicianFeed);
        Assert.Contains($"UID:{id:N}@alongside", theirs);
        Assert.Contains("with a family", theirs);

        // Another family's feed does not have it.
        var stranger = app.NewBrowser();
        await stranger.SignInAsync((await app.CreateParentAsync()).Parent);
        Assert.DoesNotContain($"{id:N}", await app.NewBrowser().GetPageAsync(await MakeFeedAsync(stranger)));

        // A cancelled session stays in the feed as cancelled, so phones remove it.
        await ready.Family.PostFormAsync($"/family/sessions/{id}/cancel", new Dictionary<string, string>(), tokenFrom: "/family/sessions");
        Assert.Contains("STATUS:CANCELLED", await app.NewBrowser().GetPageAsync(feed));

        var reset = await MakeFeedAsync(ready.Family);
        Assert.NotEqual(feed, reset);
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewBrowser().GetAsync(feed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.NewBrowser().GetAsync(reset)).StatusCode);
        // The database, not a page: the old address is replaced, not kept alongside (no page counts addresses).
        Assert.Equal(1, await app.WithDbAsync(db => db.CalendarFeeds.CountAsync(f => f.UserId == ready.Parent.Id)));
        Assert.DoesNotContain(reset, await ready.Family.GetPageAsync("/account/calendar")); // shown once, when made
    }
}

public sealed class GuestAndCalendarTestsOnSqlite(SqliteApp app) : GuestAndCalendarTests<SqliteApp>(app);

public sealed class GuestAndCalendarTestsOnPostgres(PostgresApp app) : GuestAndCalendarTests<PostgresApp>(app);
