using System.Globalization;
using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Sessions;

/// <summary>Time off and extra times, clinicians booking series for families, changing and moving sessions.</summary>
public abstract class SchedulingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static string Date(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeDisplay.London).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Exception(string kind, DateTimeOffset day, string from = "", string to = "") => new()
    {
        ["Input.Kind"] = kind,
        ["Input.StartDate"] = Date(day),
        ["Input.StartTime"] = from,
        ["Input.EndDate"] = Date(day),
        ["Input.EndTime"] = to,
        ["Input.Note"] = "",
    };

    private static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);

    /// <summary>Every session on the family's page, coming up or earlier and cancelled.</summary>
    private static async Task<int> CountSessionsAsync(HttpClient family)
    {
        var (upcoming, past) = await family.SessionsAsync();
        return upcoming.Count + past.Count;
    }

    private static async Task<List<DateTimeOffset>> StartsAsync(HttpClient family, IEnumerable<SessionSteps.UpcomingSession> sessions)
    {
        var starts = new List<DateTimeOffset>();
        foreach (var session in sessions) starts.Add((await family.SessionTimesAsync(session.Id)).StartsAt);
        return starts;
    }

    [Fact]
    public async Task The_diary_shows_fifty_sessions_a_page_opening_on_what_is_on_now_and_pages_to_the_rest()
    {
        var ready = await app.ReadyToBookAsync();
        // Every six hours from two weeks ago for nineteen days: 56 have ended, 20 are to come.
        await app.WithDbAsync(db =>
        {
            for (var k = 0; k < 76; k++)
            {
                var start = app.Now.AddDays(-14).AddHours(1 + (6 * k));
                db.Sessions.Add(new Session
                {
                    FamilyId = ready.FamilyId,
                    ClinicianUserId = ready.Clinician.Id,
                    Kind = SessionKind.ParentingSupport,
                    StartsAt = start,
                    EndsAt = start.AddHours(1),
                    Mode = DeliveryMode.Online,
                    BookedByUserId = ready.Clinician.Id,
                    CreatedAt = app.Now,
                });
            }
            return db.SaveChangesAsync();
        });

        // The diary opens on the second page: the six most recent that ended, then everything ahead.
        var opening = await ready.Staff.DiaryAsync();
        var first = await ready.Staff.DiaryAsync("/staff/sessions?page=1");
        var second = await ready.Staff.DiaryAsync("/staff/sessions?page=2");
        Assert.Equal((50, 26), (first.Count, second.Count));
        Assert.Equal(second.Select(r => r.Id), opening.Select(r => r.Id));
        Assert.Empty(first.Select(r => r.Id).Intersect(second.Select(r => r.Id)));
        var firstPage = Html.Parse(await ready.Staff.GetPageAsync("/staff/sessions?page=1"));
        Assert.Equal(["Later sessions"], firstPage.QuerySelectorAll("nav.nhsuk-pagination a").Select(a => a.TextContent.Trim()));
        Assert.Equal("/staff/sessions?page=2", firstPage.QuerySelector("nav.nhsuk-pagination a")?.GetAttribute("href"));
        var secondPage = Html.Parse(await ready.Staff.GetPageAsync("/staff/sessions"));
        Assert.Equal(["Earlier sessions"], secondPage.QuerySelectorAll("nav.nhsuk-pagination a").Select(a => a.TextContent.Trim()));

        // Edited page numbers: below one is the first page, past the end says so, and words are refused as every mangled link is.
        Assert.Equal(first.Select(r => r.Id), (await ready.Staff.DiaryAsync("/staff/sessions?page=-1")).Select(r => r.Id));
        Assert.Equal(HttpStatusCode.BadRequest, (await ready.Staff.GetAsync("/staff/sessions?page=nope")).StatusCode);
        Assert.Contains("No sessions on this page.", await ready.Staff.GetPageAsync("/staff/sessions?page=99"), StringComparison.Ordinal);

        // Recording attendance from the second page's own form comes back to it.
        var form = secondPage.QuerySelector("form[action*='handler=Record']")!;
        Assert.Equal("2", form.Value("input[name=page]"));
        var recorded = await ready.Staff.PostFormAsync(form.GetAttribute("action")!, new Dictionary<string, string> { ["page"] = form.Value("input[name=page]") }, tokenFrom: "/staff/sessions");
        Assert.Equal("/staff/sessions?page=2", Browser.Location(recorded));
    }

    [Fact]
    public async Task Time_off_takes_slots_away_and_extra_time_adds_them()
    {
        var ready = await app.ReadyToBookAsync();
        var inFiveDays = app.Now.AddDays(5);
        var before = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=0"))
            .Concat(SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=1"))).ToList();
        Assert.Contains(before, s => Date(Instant(s.Start)) == Date(inFiveDays));

        var added = await ready.Staff.PostFormAsync("/staff/availability/exceptions?handler=Add", Exception("Leave", inFiveDays), tokenFrom: "/staff/availability/exceptions");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var after = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=0"))
            .Concat(SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=1"))).ToList();
        Assert.DoesNotContain(after, s => Date(Instant(s.Start)) == Date(inFiveDays));

        // Extra time late in the evening, outside the 08:00 to 20:00 week.
        await ready.Staff.PostFormAsync("/staff/availability/exceptions?handler=Add", Exception("Extra", app.Now.AddDays(3), "20:00", "22:00"), tokenFrom: "/staff/availability/exceptions");
        var evening = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=0"));
        Assert.Contains(evening, s => Date(Instant(s.Start)) == Date(app.Now.AddDays(3)) && TimeDisplay.Local(Instant(s.Start), "HH:mm") == "21:00");
    }

    [Fact]
    public async Task Overlapping_or_past_time_off_is_refused_and_nothing_changes()
    {
        var ready = await app.ReadyToBookAsync();
        var day = app.Now.AddDays(10);
        await ready.Staff.PostFormAsync("/staff/availability/exceptions?handler=Add", Exception("Leave", day), tokenFrom: "/staff/availability/exceptions");

        var overlap = await ready.Staff.PostFormAsync("/staff/availability/exceptions?handler=Add", Exception("Leave", day, "10:00", "11:00"), tokenFrom: "/staff/availability/exceptions");
        Assert.Contains("overlaps time off you have already added", await overlap.Content.ReadAsStringAsync());
        var past = await ready.Staff.PostFormAsync("/staff/availability/exceptions?handler=Add", Exception("Leave", app.Now.AddDays(-3)), tokenFrom: "/staff/availability/exceptions");
        Assert.Contains("The end must be in the future", await past.Content.ReadAsStringAsync());
        var nonsense = Exception("Leave", day);
        nonsense["Input.StartDate"] = "31/02/2027";
        Assert.Contains("Enter the start as a real date", await (await ready.Staff.PostFormAsync("/staff/availability/exceptions?handler=Add", nonsense, tokenFrom: "/staff/availability/exceptions")).Content.ReadAsStringAsync());
        var clinicianId = ready.Clinician.Id;
        // The database, not the page: the page lists only time off still to come, and the refused past time off would not show there.
        Assert.Equal(1, await app.WithDbAsync(db => db.AvailabilityExceptions.CountAsync(e => e.ClinicianUserId == clinicianId)));
        // Another clinician cannot remove it.
        var exceptions = Html.Parse(await ready.Staff.GetPageAsync("/staff/availability/exceptions"));
        var id = Html.QueryValue(Assert.Single(exceptions.QuerySelectorAll("form[action*='handler=Remove']")).GetAttribute("action")!, "id");
        var other = app.NewBrowser();
        await other.SignInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician));
        var removed = await other.PostFormAsync($"/staff/availability/exceptions?handler=Remove&id={id}", new Dictionary<string, string>(), tokenFrom: "/staff/availability/exceptions");
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
    }

    private Dictionary<string, string> SeriesForm(DateTimeOffset first, string repeat, int count, string reason = "") => new()
    {
        ["Input.Kind"] = nameof(SessionKind.ParentingSupport),
        ["Input.Date"] = Date(first),
        ["Input.Time"] = "16:00",
        ["Input.Repeat"] = repeat,
        ["Input.Count"] = count.ToString(CultureInfo.InvariantCulture),
        ["Input.Mode"] = nameof(DeliveryMode.Online),
        ["Input.VideoLink"] = "",
        ["Input.Place"] = "",
        ["Input.OverrideReason"] = reason,
    };

    [Fact]
    public async Task A_clinician_books_a_fortnightly_series_and_past_the_plan_needs_a_reason()
    {
        var ready = await app.ReadyToBookAsync(sessions: 2);
        var url = $"/staff/families/{ready.FamilyId}/sessions/book";
        var first = app.Now.AddDays(3);

        var refused = await ready.Staff.PostFormAsync(url, SeriesForm(first, "Fortnightly", 3));
        Assert.Contains("This is 1 more than the 2 left in the plan", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountSessionsAsync(ready.Family));

        var booked = await ready.Staff.PostFormAsync(url, SeriesForm(first, "Fortnightly", 3, "Extra support agreed at review"));
        Assert.Equal("/staff/sessions", Browser.Location(booked));
        var sessions = (await ready.Family.SessionsAsync()).Upcoming; // earliest first
        Assert.Equal(3, sessions.Count);
        // One series: the first session's change page counts the two after it in the same series.
        Assert.Contains("This session is part of a series with 2 more after it.", await ready.Staff.GetPageAsync($"/staff/sessions/{sessions[0].Id}/change"));
        var starts = await StartsAsync(ready.Family, sessions);
        Assert.All(starts, start => Assert.Equal("16:00", TimeDisplay.Local(start, "HH:mm")));
        Assert.Equal([14, 14], starts.Zip(starts.Skip(1), (a, b) => (int)Math.Round((b - a).TotalDays)).ToArray());
        // No page shows the reason given for going past the plan: it is kept for the record.
        Assert.Equal(new string?[] { null, null, "Extra support agreed at review" },
            await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == ready.FamilyId).OrderBy(s => s.StartsAt).Select(s => s.OverrideReason).ToListAsync()));
        // Each has its own room; the Join button shows only near the time (JoinWindowTests).
        Assert.All(await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == ready.FamilyId).Select(s => s.VideoLink).ToListAsync()),
            link => Assert.StartsWith("https://video.example.test/room-", link));
        Assert.Equal(3, await ready.Staff.UsedAsync(ready.FamilyId));
        await app.Mail.WaitForAsync(ready.Parent.Email, "3 sessions have been booked for you");

        // The family's preference is used by default and a face-to-face session needs a place.
        var noPlace = SeriesForm(app.Now.AddDays(40), "None", 1, "Agreed");
        noPlace["Input.Mode"] = nameof(DeliveryMode.FaceToFace);
        Assert.Contains("Enter where the session will be", await (await ready.Staff.PostFormAsync(url, noPlace)).Content.ReadAsStringAsync());
        var scriptLink = SeriesForm(app.Now.AddDays(40), "None", 1, "Agreed");
        scriptLink["Input.VideoLink"] = "javascript:alert(1)";
        Assert.Contains("starting https://", await (await ready.Staff.PostFormAsync(url, scriptLink)).Content.ReadAsStringAsync());
        // A clash with the clinician's own session is refused.
        var clash = await ready.Staff.PostFormAsync(url, SeriesForm(first, "None", 1, "Agreed"));
        Assert.Contains("You already have a session at", await clash.Content.ReadAsStringAsync());
        Assert.Equal(3, await CountSessionsAsync(ready.Family));
    }

    [Fact]
    public async Task Only_the_care_team_books_for_a_family()
    {
        var ready = await app.ReadyToBookAsync();
        var org = await app.CreateOrganisationAsync();
        var outsider = app.NewBrowser();
        await outsider.SignInAsync(await app.CreateStaffAsync(org, Role.Clinician));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/staff/families/{ready.FamilyId}/sessions/book")).StatusCode);
        var parent = await ready.Family.GetAsync($"/staff/families/{ready.FamilyId}/sessions/book");
        Assert.NotEqual(HttpStatusCode.OK, parent.StatusCode);
    }

    [Fact]
    public async Task Changing_this_and_later_moves_the_rest_of_the_series_and_cancelling_gives_sessions_back()
    {
        var ready = await app.ReadyToBookAsync(sessions: 6);
        var first = app.Now.AddDays(3);
        await ready.Staff.PostFormAsync($"/staff/families/{ready.FamilyId}/sessions/book", SeriesForm(first, "Weekly", 4));
        var ids = (await ready.Family.SessionsAsync()).Upcoming.Select(s => s.Id).ToList(); // earliest first
        Assert.Equal(4, ids.Count);
        var (secondStart, _) = await ready.Family.SessionTimesAsync(ids[1]);

        var moved = await ready.Staff.PostFormAsync($"/staff/sessions/{ids[1]}/change?handler=Move", new Dictionary<string, string>
        {
            ["Input.Date"] = Date(secondStart.AddDays(1)),
            ["Input.Time"] = "10:30",
            ["Input.Mode"] = nameof(DeliveryMode.FaceToFace),
            ["Input.Place"] = "The family room, Hope Street",
            ["Input.VideoLink"] = "",
            ["Input.Scope"] = "later",
        }, tokenFrom: $"/staff/sessions/{ids[1]}/change");
        Assert.Equal("/staff/sessions", Browser.Location(moved));
        var sessions = (await ready.Family.SessionsAsync()).Upcoming; // earliest first
        Assert.Equal(4, sessions.Count);
        var starts = await StartsAsync(ready.Family, sessions);
        Assert.Equal("16:00", TimeDisplay.Local(starts[0], "HH:mm")); // the first is untouched
        Assert.All(sessions.Zip(starts).Skip(1), s =>
        {
            Assert.Equal("10:30", TimeDisplay.Local(s.Second, "HH:mm"));
            Assert.EndsWith(", face to face at The family room, Hope Street.", s.First.Details);
        });
        Assert.Equal(Date(secondStart.AddDays(1)), Date(starts[1]));
        await app.Mail.WaitForAsync(ready.Parent.Email, "Your sessions have moved");

        // Cancelling asks first, saying what will happen; asking changes nothing.
        var confirm = Html.Parse(await ready.Staff.GetPageAsync($"/staff/sessions/{ids[2]}/change?cancel=later"));
        Assert.Equal("Cancel these 2 sessions for the service?", confirm.Text("h1"));
        Assert.Contains("It does not count against the family's plan", confirm.Text("main"));
        Assert.Equal("later", confirm.QuerySelector("form[action$='handler=Cancel'] input[name='Input.Scope']")?.GetAttribute("value"));
        Assert.Equal(4, (await ready.Staff.DiaryAsync()).Count(r => r.FamilyId == ready.FamilyId && r.Status == "Booked"));
        var cancelled = await ready.Staff.PostFormAsync($"/staff/sessions/{ids[2]}/change?handler=Cancel", new Dictionary<string, string> { ["Input.Scope"] = "later" }, tokenFrom: $"/staff/sessions/{ids[2]}/change?cancel=later");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var statuses = (await ready.Staff.DiaryAsync()).Where(r => r.FamilyId == ready.FamilyId).Select(r => r.Status).ToList(); // earliest first
        Assert.Equal(["Booked", "Booked", "Cancelled by the service", "Cancelled by the service"], statuses);
        Assert.Equal(2, await ready.Staff.UsedAsync(ready.FamilyId));
    }

    [Fact]
    public async Task A_parent_moves_a_session_to_another_free_time_and_the_plan_count_stays()
    {
        var ready = await app.ReadyToBookAsync();
        var slots = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=1"));
        await SessionSteps.BookAsync(ready.Family, slots[0]);
        var (upcoming, past) = await ready.Family.SessionsAsync();
        Assert.Empty(past);
        var session = Assert.Single(upcoming);
        var (sessionStartsAt, _) = await ready.Family.SessionTimesAsync(session.Id);
        Assert.Contains($"/family/sessions/book?move={session.Id}", await ready.Family.GetPageAsync("/family/sessions"));

        var page = await ready.Family.GetAsync($"/family/sessions/book?move={session.Id}&week=2");
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {page.Headers.Location} {sessionStartsAt} {app.Now}");
        var choices = SessionSteps.Slots(await page.Content.ReadAsStringAsync());
        var moved = await SessionSteps.BookAsync(ready.Family, choices[1], $"&move={session.Id}");
        Assert.Equal("/family/sessions", Browser.Location(moved));
        (upcoming, past) = await ready.Family.SessionsAsync();
        Assert.Empty(past);
        var after = Assert.Single(upcoming);
        Assert.Equal((session.Id, Instant(choices[1].Start)), (after.Id, (await ready.Family.SessionTimesAsync(after.Id)).StartsAt));
        Assert.Equal(1, await ready.Staff.UsedAsync(ready.FamilyId));

        // Inside the notice period it cannot be moved.
        var soon = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"))[0];
        await SessionSteps.BookAsync(ready.Family, soon);
        var soonId = (await ready.Family.SessionsAsync()).Upcoming[0].Id; // earliest first
        var refused = await ready.Family.PostFormAsync($"/family/sessions/book/review?move={soonId}",
            new Dictionary<string, string> { ["clinicianId"] = choices[3].Clinician, ["start"] = choices[3].Start.ToString(CultureInfo.InvariantCulture) }, tokenFrom: "/family/sessions");
        Assert.Equal("/family/sessions", Browser.Location(refused));
        Assert.Contains("can no longer be moved", await ready.Family.GetPageAsync("/family/sessions"));
        Assert.Equal(Instant(soon.Start), (await ready.Family.SessionTimesAsync(soonId)).StartsAt);
    }
}

public sealed class SchedulingTestsOnSqlite(SqliteApp app) : SchedulingTests<SqliteApp>(app);

public sealed class SchedulingTestsOnPostgres(PostgresApp app) : SchedulingTests<PostgresApp>(app);
