using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Alongside.IntegrationTests.Features.Sessions;

/// <summary>
/// A family booking, moving or cancelling a session tells their clinician and confirms it to the
/// family; the calendar entry of a moved or cancelled session carries a higher SEQUENCE, so a
/// calendar that already holds it takes the new version.
/// </summary>
public abstract class FamilyChangeNoticeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static string When(long ticks) => TimeDisplay.Format(new DateTimeOffset(ticks, TimeSpan.Zero));

    /// <summary>The SEQUENCE and STATUS of the one event in an iCalendar file, read with the iCalendar library.</summary>
    private static (int Sequence, string? Status) Entry(string ics)
    {
        var calendarEvent = Assert.Single(Ical.Net.Calendar.Load(ics)!.Events);
        return (calendarEvent.Sequence, calendarEvent.Status);
    }

    private static async Task<string> FeedAsync(HttpClient browser)
    {
        var made = await browser.PostFormAsync("/account/calendar", new Dictionary<string, string>());
        return new Uri(Html.Parse(await made.Content.ReadAsStringAsync()).Text("#feed-url")).AbsolutePath;
    }

    private static bool AboutASession(MimeMessage m) => (m.Subject ?? "").Contains("session", StringComparison.OrdinalIgnoreCase);

    private static bool To(MimeMessage m, string email) => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Booking_moving_and_cancelling_tell_the_clinician_and_confirm_to_the_family()
    {
        var ready = await app.ReadyToBookAsync();
        var familyName = await app.WithDbAsync(db => db.Families.Where(f => f.Id == ready.FamilyId).Select(f => f.Name).SingleAsync());
        var slots = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=1"));

        await SessionSteps.BookAsync(ready.Family, slots[0]);
        var booked = await app.Mail.WaitForAsync(ready.Clinician.Email, $"A family has booked a session with you on {When(slots[0].Start)}");
        Assert.Contains("https://alongside.test/staff/sessions", booked.TextBody);
        Assert.DoesNotContain(familyName, booked.TextBody + booked.HtmlBody + booked.Subject); // which family is for the diary, behind sign-in
        var confirmed = await app.Mail.WaitForAsync(ready.Parent.Email, $"Your session on {When(slots[0].Start)} is booked");
        Assert.Contains("Your session with clinician is booked", confirmed.TextBody);

        var id = Assert.Single((await ready.Family.SessionsAsync()).Upcoming).Id;
        var before = Entry(await ready.Family.GetPageAsync($"/family/sessions?handler=Calendar&id={id}"));
        var feed = await FeedAsync(ready.Family);
        Assert.Equal(before, Entry(await app.NewBrowser().GetPageAsync(feed)));

        var moved = await SessionSteps.BookAsync(ready.Family, slots[4], $"&move={id}");
        Assert.Equal("/family/sessions", Browser.Location(moved));
        var told = await app.Mail.WaitForAsync(ready.Clinician.Email, $"A family has moved their session with you to {When(slots[4].Start)}");
        Assert.Contains($"from {When(slots[0].Start)} to {When(slots[4].Start)}", told.TextBody);
        await app.Mail.WaitForAsync(ready.Parent.Email, "Your session has moved");

        // The download and the feed both carry a higher SEQUENCE for the new time.
        var afterMove = Entry(await ready.Family.GetPageAsync($"/family/sessions?handler=Calendar&id={id}"));
        Assert.True(afterMove.Sequence > before.Sequence, $"SEQUENCE {before.Sequence} then {afterMove.Sequence}");
        Assert.Equal(afterMove, Entry(await app.NewBrowser().GetPageAsync(feed)));

        var cancelled = await ready.Family.PostFormAsync($"/family/sessions/{id}/cancel", new Dictionary<string, string>(), tokenFrom: "/family/sessions");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        await app.Mail.WaitForAsync(ready.Clinician.Email, $"A family has cancelled their session with you on {When(slots[4].Start)}");
        var cancelConfirmed = await app.Mail.WaitForAsync(ready.Parent.Email, $"Your session on {When(slots[4].Start)} is cancelled");
        Assert.Contains("It does not count against your plan.", cancelConfirmed.TextBody);
        var afterCancel = Entry(await app.NewBrowser().GetPageAsync(feed));
        Assert.True(afterCancel.Sequence > afterMove.Sequence, $"SEQUENCE {afterMove.Sequence} then {afterCancel.Sequence}");
        Assert.Equal("CANCELLED", afterCancel.Status);

        // One email each per change, to each of them.
        Assert.Equal(3, app.Mail.Received.Count(m => To(m, ready.Parent.Email) && AboutASession(m)));
        Assert.Equal(3, app.Mail.Received.Count(m => To(m, ready.Clinician.Email) && AboutASession(m)));
    }

    [Fact]
    public async Task A_clinician_moving_a_session_raises_its_sequence_and_a_cancellation_from_the_diary_tells_the_family()
    {
        var ready = await app.ReadyToBookAsync();
        var slots = SessionSteps.Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport&week=1"));
        await SessionSteps.BookAsync(ready.Family, slots[0]);
        var id = Assert.Single((await ready.Family.SessionsAsync()).Upcoming).Id;
        var before = Entry(await ready.Family.GetPageAsync($"/family/sessions?handler=Calendar&id={id}"));

        var newStart = new DateTimeOffset(slots[0].Start, TimeSpan.Zero).AddDays(1);
        var moved = await ready.Staff.PostFormAsync($"/staff/sessions/{id}/change?handler=Move", new Dictionary<string, string>
        {
            ["Input.Date"] = TimeDisplay.Local(newStart, "yyyy-MM-dd"),
            ["Input.Time"] = TimeDisplay.Local(newStart, "HH:mm"),
            ["Input.Mode"] = nameof(DeliveryMode.Online),
            ["Input.VideoLink"] = "",
            ["Input.Place"] = "",
            ["Input.Scope"] = "one",
        }, tokenFrom: $"/staff/sessions/{id}/change");
        Assert.Equal("/staff/sessions", Browser.Location(moved));
        await app.Mail.WaitForAsync(ready.Parent.Email, "Your session has moved");
        var afterMove = Entry(await ready.Family.GetPageAsync($"/family/sessions?handler=Calendar&id={id}"));
        Assert.True(afterMove.Sequence > before.Sequence, $"SEQUENCE {before.Sequence} then {afterMove.Sequence}");

        var recorded = await ready.Staff.PostFormAsync($"/staff/sessions?handler=Record&id={id}&outcome=CancelledByService", new Dictionary<string, string>(), tokenFrom: "/staff/sessions");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await app.Mail.WaitForAsync(ready.Parent.Email, "Your session has been cancelled");
        var afterCancel = Entry(await ready.Family.GetPageAsync($"/family/sessions?handler=Calendar&id={id}"));
        Assert.True(afterCancel.Sequence > afterMove.Sequence);
        Assert.Equal("CANCELLED", afterCancel.Status);
    }
}

public sealed class FamilyChangeNoticeTestsOnSqlite(SqliteApp app) : FamilyChangeNoticeTests<SqliteApp>(app);

public sealed class FamilyChangeNoticeTestsOnPostgres(PostgresApp app) : FamilyChangeNoticeTests<PostgresApp>(app);
