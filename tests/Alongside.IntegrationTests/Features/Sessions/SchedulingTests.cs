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
        Assert.Equal(1, await app.WithDbAsync(db => db.AvailabilityExceptions.CountAsync(e => e.ClinicianUserId == clinicianId)));
        // Another clinician cannot remove it.
        var id = await app.WithDbAsync(db => db.AvailabilityExceptions.Where(e => e.ClinicianUserId == clinicianId).Select(e => e.Id).SingleAsync());
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
        Assert.Equal(0, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.FamilyId == ready.FamilyId)));

        var booked = await ready.Staff.PostFormAsync(url, SeriesForm(first, "Fortnightly", 3, "Extra support agreed at review"));
        Assert.Equal("/staff/sessions", Browser.Location(booked));
        var sessions = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == ready.FamilyId).OrderBy(s => s.StartsAt).ToListAsync());
        Assert.Equal(3, sessions.Count);
        Assert.Single(sessions.Select(s => s.SeriesId).Distinct());
        Assert.NotNull(sessions[0].SeriesId);
        Assert.All(sessions, s => Assert.Equal("16:00", TimeDisplay.Local(s.StartsAt, "HH:mm")));
        Assert.Equal([14, 14], sessions.Zip(sessions.Skip(1), (a, b) => (int)Math.Round((b.StartsAt - a.StartsAt).TotalDays)).ToArray());
        Assert.Equal(new string?[] { null, null, "Extra support agreed at review" }, sessions.Select(s => s.OverrideReason));
        Assert.All(sessions, s => Assert.StartsWith("https://video.example.test/room-", s.VideoLink));
        Assert.Equal(3, await app.UsedAsync(ready.FamilyId));
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
        Assert.Equal(3, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.FamilyId == ready.FamilyId)));
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
        var ids = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == ready.FamilyId).OrderBy(s => s.StartsAt).Select(s => s.Id).ToListAsync());
        Assert.Equal(4, ids.Count);
        var secondStart = await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == ids[1]).Select(s => s.StartsAt).SingleAsync());

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
        var sessions = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == ready.FamilyId).OrderBy(s => s.StartsAt).ToListAsync());
        Assert.Equal("16:00", TimeDisplay.Local(sessions[0].StartsAt, "HH:mm")); // the first is untouched
        Assert.All(sessions.Skip(1), s => Assert.Equal(("10:30", DeliveryMode.FaceToFace, "The family room, Hope Street"), (TimeDisplay.Local(s.StartsAt, "HH:mm"), s.Mode, s.Place)));
        Assert.Equal(Date(secondStart.AddDays(1)), Date(sessions[1].StartsAt));
        await app.Mail.WaitForAsync(ready.Parent.Email, "Your sessions have moved");

        var cancelled = await ready.Staff.PostFormAsync($"/staff/sessions/{sessions[2].Id}/change?handler=Cancel", new Dictionary<string, string> { ["Input.Scope"] = "later" }, tokenFrom: $"/staff/sessions/{sessions[2].Id}/change");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var statuses = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == ready.FamilyId).OrderBy(s => s.StartsAt).Select(s => s.Status).ToListAsync());
        Assert.Equal([SessionStatus.Booked, SessionStatus.Booked, SessionStatus.CancelledByService, SessionStatus.CancelledByService], statuses);
        Assert.Equal(2, await app.UsedAsync(ready.FamilyId));
    }

    [Fact]
    public async Task A_parent_moves_a_session_to_another_free_time_and_the_plan_count_stays()
    {
        var ready = await app.ReadyToBookAsync();
        var slots = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=1"));
        await SessionSteps.BookAsync(ready.Family, slots[0]);
        var session = await app.WithDbAsync(db => db.Sessions.SingleAsync(s => s.FamilyId == ready.FamilyId));
        Assert.Contains($"/family/sessions/book?move={session.Id}", await ready.Family.GetPageAsync("/family/sessions"));

        var page = await ready.Family.GetAsync($"/family/sessions/book?move={session.Id}&week=2");
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {page.Headers.Location} {session.StartsAt} {app.Now}");
        var choices = SessionSteps.Slots(await page.Content.ReadAsStringAsync());
        var moved = await SessionSteps.BookAsync(ready.Family, choices[1], $"&move={session.Id}");
        Assert.Equal("/family/sessions", Browser.Location(moved));
        var after = await app.WithDbAsync(db => db.Sessions.SingleAsync(s => s.FamilyId == ready.FamilyId));
        Assert.Equal((session.Id, Instant(choices[1].Start)), (after.Id, after.StartsAt));
        Assert.Equal(1, await app.UsedAsync(ready.FamilyId));

        // Inside the notice period it cannot be moved.
        var soon = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"))[0];
        await SessionSteps.BookAsync(ready.Family, soon);
        var soonId = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == ready.FamilyId).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync());
        var refused = await ready.Family.PostFormAsync($"/family/sessions/book?kind=ParentingSupport&move={soonId}",
            new Dictionary<string, string> { ["clinicianId"] = choices[3].Clinician, ["start"] = choices[3].Start.ToString(CultureInfo.InvariantCulture) }, tokenFrom: "/family/sessions");
        Assert.Equal("/family/sessions", Browser.Location(refused));
        Assert.Contains("can no longer be moved", await ready.Family.GetPageAsync("/family/sessions"));
        Assert.Equal(Instant(soon.Start), await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == soonId).Select(s => s.StartsAt).SingleAsync()));
    }
}

public sealed class SchedulingTestsOnSqlite(SqliteApp app) : SchedulingTests<SqliteApp>(app);

public sealed class SchedulingTestsOnPostgres(PostgresApp app) : SchedulingTests<PostgresApp>(app);
