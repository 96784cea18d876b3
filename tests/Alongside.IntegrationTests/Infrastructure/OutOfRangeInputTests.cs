using System.Globalization;
using System.Net;
using Alongside.IntegrationTests.Features.Groups;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Infrastructure;

/// <summary>
/// Values at and past the ends of the number and date types, sent to the real handlers that read
/// them: an instant posted as ticks, a typed date, a page number, a return address. Each answer is
/// a message or a refusal, never a 500, and nothing is written.
/// </summary>
public abstract class OutOfRangeInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    /// <summary>What a person sees: the page with a message, a refusal, the page itself, or a redirect to a path.</summary>
    public enum Expect { Message, Refused, Page, Redirect }

    private sealed record Case(string Handler, string Value, Expect Expect, Func<string, Task<HttpResponseMessage>> Send, string RedirectTo = "");

    private static readonly string[] Ticks =
    [
        "",
        "-1",
        "0",
        long.MaxValue.ToString(CultureInfo.InvariantCulture),
        new DateTime(9999, 12, 31, 23, 59, 0, DateTimeKind.Utc).Ticks.ToString(CultureInfo.InvariantCulture),
        (DateTime.MaxValue.Ticks + 1).ToString(CultureInfo.InvariantCulture), // 10000-01-01
    ];

    private static readonly string[] Dates = ["9999-12-31", "31/12/9999", "10000-01-01", "-1", long.MaxValue.ToString(CultureInfo.InvariantCulture)];

    /// <summary>Page numbers: in range for an int they are shown (clamped); past it they cannot be read, so they are refused.</summary>
    private static readonly (string Value, Expect Expect)[] Numbers =
    [
        ("-1", Expect.Page),
        (int.MaxValue.ToString(CultureInfo.InvariantCulture), Expect.Page),
        (long.MaxValue.ToString(CultureInfo.InvariantCulture), Expect.Refused),
    ];

    /// <summary>Return addresses a browser would mangle or a header cannot carry. ASP.NET Core refuses a form holding a NUL with 400 before any page sees it.</summary>
    private static readonly (string Value, Expect Expect)[] ReturnUrls =
    [
        ("/family\t", Expect.Redirect),
        ("/fam\nily", Expect.Redirect),
        ("/\t/evil.example", Expect.Redirect),
        ("/\r\nSet-Cookie: a=b", Expect.Redirect),
        ("/family\u007f", Expect.Redirect),
        ("/famille-\u00e9t\u00e9", Expect.Redirect),
        ("/family\u0000", Expect.Refused),
    ];

    private static string Date(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeDisplay.London).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Everything these handlers could write, as text, so a before and after can be compared.</summary>
    private Task<string> SnapshotAsync() => app.WithDbAsync(async db =>
    {
        var sessions = (await db.Sessions.Select(s => new { s.Id, s.StartsAt, s.EndsAt, s.Status, s.SeriesId }).ToListAsync()).Select(s => s.ToString());
        var responses = (await db.GroupMeetingResponses.Select(r => new { r.GroupId, r.UserId, r.MeetingStartsAt, r.Coming, r.Attended, r.Rating }).ToListAsync()).Select(r => r.ToString());
        var exceptions = (await db.AvailabilityExceptions.Select(e => new { e.Id, e.StartsAt, e.EndsAt }).ToListAsync()).Select(e => e.ToString());
        var groups = (await db.PeerGroups.Select(g => new { g.Id, g.FirstMeeting }).ToListAsync()).Select(g => g.ToString());
        var items = (await db.PlanItems.Select(i => new { i.Id, i.SessionsUsed }).ToListAsync()).Select(i => i.ToString());
        return string.Join('\n', sessions.Concat(responses).Concat(exceptions).Concat(groups).Concat(items).Order(StringComparer.Ordinal));
    });

    /// <summary>Sends every case and lists every one that answered wrongly, so one run shows the whole table.</summary>
    private async Task WalkAsync(IEnumerable<Case> cases)
    {
        var wrong = new List<string>();
        foreach (var c in cases)
        {
            var before = await SnapshotAsync();
            using var response = await c.Send(c.Value);
            var body = await response.Content.ReadAsStringAsync();
            var after = await SnapshotAsync();
            var problem = Check(c, response, body);
            if (before != after) problem = (problem is null ? "" : problem + "; ") + "something was written";
            if (problem is not null) wrong.Add($"{c.Handler} with {Printable(c.Value)}: {problem}");
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private static string? Check(Case c, HttpResponseMessage response, string body)
    {
        var status = response.StatusCode;
        if (status == HttpStatusCode.InternalServerError) return "500";
        return c.Expect switch
        {
            Expect.Message when status != HttpStatusCode.OK => $"expected the page with a message, got {status}",
            Expect.Message when Html.Parse(body).Errors().Count == 0 => "expected a message, the page has none",
            Expect.Refused when status is not (HttpStatusCode.BadRequest or HttpStatusCode.NotFound) => $"expected 400 or 404, got {status} {Browser.Location(response)}",
            Expect.Page when status != HttpStatusCode.OK => $"expected the page, got {status}",
            Expect.Redirect when status != HttpStatusCode.Redirect || Browser.Location(response) != c.RedirectTo => $"expected a redirect to {c.RedirectTo}, got {status} {Browser.Location(response)}",
            _ => null,
        };
    }

    private static string Printable(string value) => string.Concat(value.Select(ch => char.IsControl(ch) ? $"\\u{(int)ch:x4}" : ch.ToString()));

    [Fact]
    public async Task Session_handlers_answer_out_of_range_instants_dates_and_weeks_without_a_500_or_a_change()
    {
        var ready = await app.ReadyToBookAsync(sessions: 6);
        var clinicianId = ready.Clinician.Id.ToString();
        var seriesForm = SeriesForm(Date(app.Now.AddDays(3)), "Weekly", 3);
        Assert.Equal(HttpStatusCode.Redirect, (await ready.Staff.PostFormAsync($"/staff/families/{ready.FamilyId}/sessions/book", seriesForm)).StatusCode);
        var first = (await ready.Family.SessionsAsync()).Upcoming[0].Id;

        Task<HttpResponseMessage> Book(string start) => ready.Family.PostFormAsync("/family/sessions/book/review",
            new Dictionary<string, string> { ["kind"] = "ParentingSupport", ["clinicianId"] = clinicianId, ["start"] = start, ["mode"] = "Online" }, tokenFrom: "/family/sessions/book");
        Task<HttpResponseMessage> Move(string start) => ready.Family.PostFormAsync($"/family/sessions/book/review?move={first}",
            new Dictionary<string, string> { ["clinicianId"] = clinicianId, ["start"] = start }, tokenFrom: "/family/sessions/book");
        Task<HttpResponseMessage> Week(string week) => ready.Family.GetAsync($"/family/sessions/book?kind=ParentingSupport&week={Uri.EscapeDataString(week)}");
        Task<HttpResponseMessage> Series(string date, string repeat) =>
            ready.Staff.PostFormAsync($"/staff/families/{ready.FamilyId}/sessions/book", SeriesForm(date, repeat, count: 26, time: "23:59"));
        Task<HttpResponseMessage> Change(string date) => ready.Staff.PostFormAsync($"/staff/sessions/{first}/change?handler=Move", new Dictionary<string, string>
        {
            ["Input.Date"] = date,
            ["Input.Time"] = "23:59",
            ["Input.Mode"] = nameof(DeliveryMode.Online),
            ["Input.Place"] = "",
            ["Input.VideoLink"] = "",
            ["Input.Scope"] = "later",
        }, tokenFrom: $"/staff/sessions/{first}/change");
        Task<HttpResponseMessage> TimeOff(string date) => ready.Staff.PostFormAsync("/staff/availability/exceptions?handler=Add", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Leave",
            ["Input.StartDate"] = date,
            ["Input.StartTime"] = "23:59",
            ["Input.EndDate"] = date,
            ["Input.EndTime"] = "23:59",
            ["Input.Note"] = "",
        }, tokenFrom: "/staff/availability/exceptions");

        await WalkAsync([
            .. Ticks.Select(v => new Case("Sessions/Book POST start", v, Expect.Refused, Book)),
            .. Ticks.Select(v => new Case("Sessions/Book POST start (moving a session)", v, Expect.Refused, Move)),
            .. Numbers.Select(n => new Case("Sessions/Book GET week", n.Value, n.Expect, Week)),
            .. Dates.Select(v => new Case("Sessions/BookForFamily POST Input.Date, one", v, Expect.Message, d => Series(d, "None"))),
            .. Dates.Select(v => new Case("Sessions/BookForFamily POST Input.Date, weekly series", v, Expect.Message, d => Series(d, "Weekly"))),
            .. Dates.Select(v => new Case("Sessions/BookForFamily POST Input.Date, fortnightly series", v, Expect.Message, d => Series(d, "Fortnightly"))),
            .. Dates.Select(v => new Case("Sessions/Change POST Move Input.Date, this and later", v, Expect.Message, Change)),
            .. Dates.Select(v => new Case("Sessions/Exceptions POST Add Input.StartDate and EndDate", v, Expect.Message, TimeOff)),
        ]);
    }

    private static Dictionary<string, string> SeriesForm(string date, string repeat, int count, string time = "16:00") => new()
    {
        ["Input.Kind"] = nameof(SessionKind.ParentingSupport),
        ["Input.Date"] = date,
        ["Input.Time"] = time,
        ["Input.Repeat"] = repeat,
        ["Input.Count"] = count.ToString(CultureInfo.InvariantCulture),
        ["Input.Mode"] = nameof(DeliveryMode.Online),
        ["Input.VideoLink"] = "",
        ["Input.Place"] = "",
        ["Input.OverrideReason"] = "Agreed at review",
    };

    [Fact]
    public async Task Group_handlers_answer_out_of_range_meetings_dates_and_pages_without_a_500_or_a_change()
    {
        var group = await app.GroupAsync();
        var (parent, member) = await app.MemberAsync(group, "Sam");
        var page = $"/groups/{group.GroupId}";
        var admin = app.NewBrowser();
        await admin.SignInAsync(await app.CreateStaffAsync(group.Org, Role.Admin));

        Task<HttpResponseMessage> Respond(string meeting) => member.PostFormAsync($"{page}?handler=Respond&meeting={meeting}&coming=true", new Dictionary<string, string>(), tokenFrom: page);
        Task<HttpResponseMessage> Feedback(string meeting) => member.PostFormAsync($"{page}?handler=Feedback&meeting={meeting}",
            new Dictionary<string, string> { ["rating"] = "5", ["feedback"] = "Good" }, tokenFrom: page);
        Task<HttpResponseMessage> Attendance(string meeting) => group.FacilitatorBrowser.PostFormAsync($"{page}/manage?handler=Attendance&meeting={meeting}",
            new Dictionary<string, string> { ["came"] = parent.Id.ToString() }, tokenFrom: $"{page}/manage");
        Task<HttpResponseMessage> Topics(string number) => member.GetAsync($"{page}/discussion?page={Uri.EscapeDataString(number)}");
        Task<HttpResponseMessage> Inbox(string number) => member.GetAsync($"/messages?page={Uri.EscapeDataString(number)}");
        Task<HttpResponseMessage> NewGroup(string date) => admin.PostFormAsync("/admin/groups/new", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = group.Org.Id.ToString(),
            ["Input.Name"] = "Far future group",
            ["Input.Description"] = "Meets a long way off",
            ["Input.Audiences"] = "AdoptiveParents",
            ["Input.Format"] = "Online",
            ["Input.Repeat"] = "weekly",
            ["Input.Week"] = "1",
            ["Input.Day"] = "Friday",
            ["Input.FirstMeeting"] = date,
            ["Input.StartTime"] = "23:00",
            ["Input.EndTime"] = "23:59",
            ["Input.VenueName"] = "",
            ["Input.VenueAddress"] = "",
            ["Input.Postcode"] = "",
            ["Input.Languages"] = "",
            ["Input.OnlineLink"] = "https://video.example.test/far",
        });

        await WalkAsync([
            .. Ticks.Select(v => new Case("Groups/Details POST Respond meeting", v, Expect.Refused, Respond)),
            .. Ticks.Select(v => new Case("Groups/Details POST Feedback meeting", v, Expect.Refused, Feedback)),
            .. Ticks.Select(v => new Case("Groups/Manage POST Attendance meeting", v, Expect.Refused, Attendance)),
            .. Numbers.Select(n => new Case("Groups/Discussion GET page", n.Value, n.Expect, Topics)),
            .. Numbers.Select(n => new Case("Messages/Inbox GET page", n.Value, n.Expect, Inbox)),
            .. Dates.Select(v => new Case("Groups/NewGroup POST Input.FirstMeeting", v, Expect.Message, NewGroup)),
        ]);
    }

    [Fact]
    public async Task A_return_address_with_a_control_character_is_ignored_at_sign_in()
    {
        var (parent, _) = await app.CreateParentAsync();
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);

        async Task<HttpResponseMessage> SignIn(string returnUrl)
        {
            var browser = app.NewBrowser();
            return await browser.PostFormAsync($"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}",
                new Dictionary<string, string> { ["Input.Email"] = parent.Email, ["Input.Password"] = parent.Password, ["ReturnUrl"] = returnUrl });
        }

        async Task<HttpResponseMessage> SignInWithCode(string returnUrl)
        {
            var browser = app.NewBrowser();
            var first = await browser.PostFormAsync($"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}",
                new Dictionary<string, string> { ["Input.Email"] = clinician.Email, ["Input.Password"] = clinician.Password, ["ReturnUrl"] = returnUrl });
            if (!Browser.Location(first).StartsWith("/account/sign-in-code", StringComparison.Ordinal)) return first; // reported as it stands
            return await browser.PostFormAsync(Browser.Location(first), new Dictionary<string, string> { ["Input.Code"] = clinician.CurrentCode() });
        }

        await WalkAsync([
            .. ReturnUrls.Select(r => new Case("Account/SignIn POST ReturnUrl", r.Value, r.Expect, SignIn, "/family")),
            .. ReturnUrls.Select(r => new Case("Account/SignInCode POST ReturnUrl", r.Value, r.Expect, SignInWithCode, "/staff")),
        ]);
    }
}

public sealed class OutOfRangeInputTestsOnSqlite(SqliteApp app) : OutOfRangeInputTests<SqliteApp>(app);

public sealed class OutOfRangeInputTestsOnPostgres(PostgresApp app) : OutOfRangeInputTests<PostgresApp>(app);
