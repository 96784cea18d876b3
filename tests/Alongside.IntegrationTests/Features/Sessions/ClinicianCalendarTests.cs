using System.Net;
using Alongside.IntegrationTests.Support;
using AngleSharp.Dom;

namespace Alongside.IntegrationTests.Features.Sessions;

/// <summary>
/// The clinician's day and week calendar: sessions land on their UK day, across the autumn clock
/// change; a bad date or view gets the page's message; nobody else's sessions show.
/// </summary>
public abstract class ClinicianCalendarTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    // Clocks go back at 2am BST on Sunday 25 October 2026 (01:00 UTC).
    private static readonly DateTimeOffset[] Starts =
    [
        new(2026, 10, 18, 22, 30, 0, TimeSpan.Zero), // Sunday 18 October, 11:30pm BST: the week before
        new(2026, 10, 18, 23, 30, 0, TimeSpan.Zero), // Monday 19 October, 12:30am BST
        new(2026, 10, 24, 23, 30, 0, TimeSpan.Zero), // Sunday 25 October, 12:30am BST (Saturday in UTC)
        new(2026, 10, 25, 9, 0, 0, TimeSpan.Zero), // Sunday 25 October, 9:00am GMT
        new(2026, 10, 25, 23, 15, 0, TimeSpan.Zero), // Sunday 25 October, 11:15pm GMT
        new(2026, 10, 26, 0, 15, 0, TimeSpan.Zero), // Monday 26 October, 12:15am GMT: the week after
    ];

    private static IElement DayOf(IParentNode page, string heading) =>
        page.QuerySelectorAll(".app-calendar__day").Single(d => d.QuerySelector("h2")?.TextContent.Contains(heading, StringComparison.Ordinal) == true);

    private static string Times(IElement day) => string.Join(" | ", day.QuerySelectorAll(".app-calendar__session strong").Select(s => s.TextContent.Trim()));

    [Fact]
    public async Task Sessions_land_on_their_UK_day_across_the_clock_change()
    {
        var (org, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var ids = new List<Guid>();
        await app.WithDbAsync(async db =>
        {
            foreach (var start in Starts)
            {
                var session = new Session
                {
                    FamilyId = familyId,
                    ClinicianUserId = clinician.Id,
                    Kind = SessionKind.ParentingSupport,
                    StartsAt = start,
                    EndsAt = start.AddHours(1),
                    Mode = DeliveryMode.Online,
                    VideoLink = "https://video.example.test/room",
                    Status = start.Hour == 9 ? SessionStatus.CancelledByService : SessionStatus.Booked,
                    BookedByUserId = clinician.Id,
                    CreatedAt = app.Now,
                };
                ids.Add(session.Id);
                db.Sessions.Add(session);
            }
            return await db.SaveChangesAsync();
        });

        var week = Html.Parse(await staff.GetPageAsync("/staff/sessions/calendar?view=week&date=2026-10-21"));
        Assert.Contains("Week of Monday 19 October 2026", week.Text("h1"));
        Assert.Equal(7, week.QuerySelectorAll(".app-calendar__day").Length);
        Assert.Equal("12:30am to 1:30am", Times(DayOf(week, "Monday 19 October")));
        Assert.Equal("12:30am to 1:30am | 9:00am to 10:00am | 11:15pm to 12:15am", Times(DayOf(week, "Sunday 25 October")));
        Assert.Equal("", Times(DayOf(week, "Saturday 24 October")));
        Assert.Contains("No sessions", DayOf(week, "Saturday 24 October").TextContent);
        var links = week.Links();
        Assert.DoesNotContain($"/staff/sessions/{ids[0]}/notes", links);
        Assert.DoesNotContain($"/staff/sessions/{ids[5]}/notes", links);
        Assert.Contains($"/staff/families/{familyId}", links);
        // The cancelled one is struck through and labelled; the rest are past, so they offer notes.
        var cancelled = Assert.Single(week.QuerySelectorAll(".app-calendar__session--cancelled"));
        Assert.NotNull(cancelled.QuerySelector("s"));
        Assert.Contains("Cancelled by the service", cancelled.TextContent);
        Assert.Contains($"/staff/sessions/{ids[1]}/notes", links);
        Assert.DoesNotContain($"/staff/sessions/{ids[3]}/notes", links);
        Assert.Contains("/staff/sessions/calendar?view=week&date=2026-10-14", links);
        Assert.Contains("/staff/sessions/calendar?view=week&date=2026-10-28", links);

        var day = Html.Parse(await staff.GetPageAsync("/staff/sessions/calendar?view=day&date=2026-10-25"));
        Assert.Contains("Sunday 25 October 2026", day.Text("h1"));
        Assert.Equal("12:30am to 1:30am | 9:00am to 10:00am | 11:15pm to 12:15am", Times(day.QuerySelector(".app-calendar__day")!));
        Assert.Contains("/staff/sessions/calendar?view=day&date=2026-10-24", day.Links());
        Assert.Contains("/staff/sessions/calendar?view=day&date=2026-10-26", day.Links());
        var monday = Html.Parse(await staff.GetPageAsync("/staff/sessions/calendar?view=day&date=2026-10-26"));
        Assert.Equal("12:15am to 1:15am", Times(monday.QuerySelector(".app-calendar__day")!));

        // Another clinician of the same organisation, and one elsewhere, see none of them; a parent is refused.
        foreach (var other in new[] { await app.CreateStaffAsync(org, Role.Clinician), await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician) })
        {
            var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            var theirs = await browser.GetPageAsync("/staff/sessions/calendar?view=week&date=2026-10-21");
            Assert.DoesNotContain(familyId.ToString(), theirs, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(Html.Parse(theirs).QuerySelectorAll(".app-calendar__session"));
        }
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        Assert.StartsWith("/account/access-denied", Browser.Location(await family.GetAsync("/staff/sessions/calendar")));
    }

    [Theory]
    [InlineData("view=week&date=9999-99-99", "Enter a date between")]
    [InlineData("view=day&date=yesterday", "Enter a date between")]
    [InlineData("view=day&date=1066-10-14", "Enter a date between")]
    [InlineData("view=Nope", "Choose a day or a week")]
    [InlineData("view=Nope&date=2026-13-01", "Choose a day or a week; showing the week. Enter a date between")]
    public async Task A_bad_date_or_view_gets_the_pages_message(string query, string message)
    {
        var (_, _, _, _, staff) = await app.FamilyWithCareTeamAsync();
        var response = await staff.GetAsync($"/staff/sessions/calendar?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.Text(".nhsuk-error-summary"));
        Assert.NotEmpty(page.QuerySelectorAll(".app-calendar__day"));
    }

    [Fact]
    public async Task An_online_session_offers_Join_only_in_its_window()
    {
        var (_, _, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var now = app.Now;
        var soon = now.AddMinutes(5);
        var later = now.AddHours(3);
        await app.WithDbAsync(async db =>
        {
            foreach (var start in new[] { soon, later })
            {
                db.Sessions.Add(new Session
                {
                    FamilyId = familyId,
                    ClinicianUserId = clinician.Id,
                    Kind = SessionKind.ParentingSupport,
                    StartsAt = start,
                    EndsAt = start.AddHours(1),
                    Mode = DeliveryMode.Online,
                    VideoLink = $"https://video.example.test/room-{start.Hour}-{start.Minute}",
                    BookedByUserId = clinician.Id,
                    CreatedAt = now,
                });
            }
            return await db.SaveChangesAsync();
        });
        var page = Html.Parse(await staff.GetPageAsync($"/staff/sessions/calendar?view=week&date={UkTime.DateOf(soon):yyyy-MM-dd}"));
        var joins = page.QuerySelectorAll("a.app-join-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"https://video.example.test/room-{soon.Hour}-{soon.Minute}"], joins);
    }
}

public sealed class ClinicianCalendarTestsOnSqlite(SqliteApp app) : ClinicianCalendarTests<SqliteApp>(app);

public sealed class ClinicianCalendarTestsOnPostgres(PostgresApp app) : ClinicianCalendarTests<PostgresApp>(app);
