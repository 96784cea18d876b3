using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Sessions;

public abstract class BookingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private Task<Ready> ReadyToBookAsync(int sessions = 6, Organisation? org = null, Person? clinician = null) => app.ReadyToBookAsync(sessions, org, clinician);

    private static List<(string Clinician, long Start)> Slots(string html) => SessionSteps.Slots(html);

    private static Task<HttpResponseMessage> BookAsync(HttpClient family, (string Clinician, long Start) slot) => SessionSteps.BookAsync(family, slot);

    [Fact]
    public async Task A_parent_books_a_free_slot_and_it_counts_against_the_plan()
    {
        var (_, family, _, staff, familyId) = await ReadyToBookAsync();
        Assert.Contains("1:1 therapeutic parenting support session", await family.GetPageAsync("/family/sessions/book"));
        var slots = Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"));
        Assert.NotEmpty(slots);

        var booked = await BookAsync(family, slots[3]);
        Assert.Equal("/family/sessions", Browser.Location(booked));
        Assert.Contains("Your session is booked", await family.GetPageAsync("/family/sessions")); // the message shows once, on the page booking leads to
        Assert.Equal(1, await staff.UsedAsync(familyId));
        var (upcoming, past) = await family.SessionsAsync();
        Assert.Empty(past);
        var (startsAt, endsAt) = await family.SessionTimesAsync(Assert.Single(upcoming).Id);
        Assert.Equal(new DateTimeOffset(slots[3].Start, TimeSpan.Zero), startsAt);
        Assert.Equal(TimeSpan.FromHours(1), endsAt - startsAt);
        // The time is no longer offered.
        Assert.DoesNotContain(slots[3], Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport")));
    }

    [Fact]
    public async Task Choosing_a_time_shows_what_will_be_booked_and_only_confirming_books_it()
    {
        var (_, family, clinician, staff, familyId) = await ReadyToBookAsync();
        var slot = Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"))[4];
        var review = $"/family/sessions/book/review?kind=ParentingSupport&clinicianId={slot.Clinician}&start={slot.Start}";

        var page = Html.Parse(await family.GetPageAsync(review));
        var summary = page.QuerySelectorAll(".nhsuk-summary-list__row").ToDictionary(r => r.Text("dt"), r => r.Text("dd"));
        Assert.Equal("1:1 therapeutic parenting support session", summary["What"]);
        Assert.Equal(await app.WithDbAsync(db => db.Users.Where(u => u.Id == clinician.Id).Select(u => u.DisplayName).SingleAsync()), summary["With"]);
        Assert.StartsWith(TimeDisplay.Format(new DateTimeOffset(slot.Start, TimeSpan.Zero)), summary["When"]);
        Assert.Equal("60 minutes", summary["How long"]);
        Assert.Equal("Online", page.QuerySelector("input[name=mode][checked]")?.GetAttribute("value")); // the family's stated preference
        Assert.Contains("This uses 1 of the 6 sessions of this kind left in your plan", page.Text("main"));
        Assert.Contains("up to 48 hours before without it counting against your plan", page.Text("main"));
        Assert.Empty((await family.SessionsAsync()).Upcoming); // looking books nothing
        Assert.Equal(0, await staff.UsedAsync(familyId));

        var unchosen = await family.PostFormAsync(review, new Dictionary<string, string> { ["mode"] = "" }, tokenFrom: review);
        Assert.Contains("Choose online or face to face", await unchosen.Content.ReadAsStringAsync());
        Assert.Empty((await family.SessionsAsync()).Upcoming);

        Assert.Equal("/family/sessions", Browser.Location(await SessionSteps.BookAsync(family, slot, mode: "FaceToFace")));
        var booked = Assert.Single((await family.SessionsAsync()).Upcoming);
        Assert.Contains("face to face", booked.Details);
        Assert.Null(await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == booked.Id).Select(s => s.VideoLink).SingleAsync())); // no room for a meeting in person
        Assert.Equal(1, await staff.UsedAsync(familyId));

        // The same time again: it has gone, so the page says so and offers the nearest, with nothing to confirm.
        var again = Html.Parse(await family.GetPageAsync(review));
        Assert.Contains("that time has just been taken", again.Text("main"));
        Assert.Null(again.QuerySelector("main form[method=post]"));
        Assert.NotEmpty(again.QuerySelectorAll("form[action='/family/sessions/book/review'] input[name=start]"));
    }

    [Fact]
    public async Task Two_families_booking_the_same_clinician_at_the_same_instant_get_one_booking()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var first = await ReadyToBookAsync(org: org, clinician: clinician);
        var second = await ReadyToBookAsync(org: org, clinician: clinician);
        var slot = Slots(await first.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"))[5];
        Assert.Contains(slot, Slots(await second.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport")));

        var responses = await Task.WhenAll(BookAsync(first.Family, slot), BookAsync(second.Family, slot));

        var start = new DateTimeOffset(slot.Start, TimeSpan.Zero);
        Assert.Single(await first.Staff.DiaryAsync(), r => r.When == TimeDisplay.Format(start) && r.Status == "Booked"); // the clinician's diary
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = responses.Single(r => r.StatusCode != HttpStatusCode.Redirect);
        var html = await loser.Content.ReadAsStringAsync();
        Assert.Contains("that time has just been taken", html);
        Assert.Contains("Nearest free times", html);
        Assert.Equal(1, await first.Staff.UsedAsync(first.FamilyId) + await second.Staff.UsedAsync(second.FamilyId)); // the loser's plan is untouched
    }

    [Theory]
    [InlineData("Nope")]
    [InlineData("-1")]
    [InlineData("7")]
    public async Task An_edited_kind_in_the_address_gets_the_pages_own_message_and_the_list(string kind)
    {
        var ready = await app.ReadyToBookAsync(sessions: 2);

        var html = await ready.Family.GetPageAsync($"/family/sessions/book?kind={kind}", HttpStatusCode.BadRequest);

        Assert.Contains("There is no kind of session by that name", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/family/sessions/book?kind=ParentingSupport\"", html, StringComparison.Ordinal);
        Assert.Contains("Book a session", html, StringComparison.Ordinal);
        // Any case of a real name still opens its times.
        Assert.Contains("Times are UK time", await ready.Family.GetPageAsync("/family/sessions/book?kind=parentingsupport"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Booking_past_the_plans_allowance_is_refused()
    {
        var (_, family, _, _, _) = await ReadyToBookAsync(sessions: 1);
        var slots = Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"));
        await BookAsync(family, slots[0]);
        var again = await BookAsync(family, slots[2]);
        Assert.Contains("Your plan has no sessions of this kind left", await again.Content.ReadAsStringAsync());
        var (upcoming, past) = await family.SessionsAsync();
        Assert.Equal(1, upcoming.Count + past.Count);
        Assert.DoesNotContain("1:1 therapeutic parenting support session</a>", await family.GetPageAsync("/family/sessions/book"));
    }

    [Fact]
    public async Task Cancelling_with_notice_gives_the_session_back_and_a_late_cancellation_is_recorded_as_late()
    {
        var (_, family, _, staff, familyId) = await ReadyToBookAsync();
        var slots = Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"));
        var soon = slots[0]; // within 48 hours: hours run every day
        var later = slots.First(s => new DateTimeOffset(s.Start, TimeSpan.Zero) > app.Now.AddDays(5));
        await BookAsync(family, soon);
        await BookAsync(family, later);
        Assert.Equal(2, await staff.UsedAsync(familyId));
        var ids = (await family.SessionsAsync()).Upcoming.Select(s => s.Id).ToList(); // earliest first

        // Each cancel asks first, saying whether it will still count; asking changes nothing.
        Assert.Contains("cancelling it does not count against your plan", await family.GetPageAsync($"/family/sessions/{ids[1]}/cancel"));
        Assert.Contains("This will still count against your plan", await family.GetPageAsync($"/family/sessions/{ids[0]}/cancel"));
        Assert.Equal(2, (await family.SessionsAsync()).Upcoming.Count);
        Assert.Equal(2, await staff.UsedAsync(familyId));

        await family.PostFormAsync($"/family/sessions/{ids[1]}/cancel", new Dictionary<string, string>(), tokenFrom: "/family/sessions");
        Assert.Equal(1, await staff.UsedAsync(familyId));
        var late = await family.PostFormAsync($"/family/sessions/{ids[0]}/cancel", new Dictionary<string, string>(), tokenFrom: "/family/sessions");
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        var (upcoming, past) = await family.SessionsAsync();
        Assert.Empty(upcoming);
        Assert.EndsWith("(cancelled by you, late)", past.Single(s => s.When == TimeDisplay.Format(new DateTimeOffset(soon.Start, TimeSpan.Zero))).Text);
        Assert.EndsWith("(cancelled by you)", past.Single(s => s.When == TimeDisplay.Format(new DateTimeOffset(later.Start, TimeSpan.Zero))).Text);
        Assert.Equal(1, await staff.UsedAsync(familyId));
        Assert.Contains("cancelled by you, late", await family.GetPageAsync("/family/sessions"));
    }

    [Fact]
    public async Task Bad_working_hours_are_refused_and_nothing_changes()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);
        var form = Enumerable.Range(0, 28).ToDictionary(i => $"Times[{i}]", _ => ""); // a browser sends every box
        (form["Times[0]"], form["Times[1]"]) = ("25:00", "12:00");
        (form["Times[4]"], form["Times[5]"]) = ("14:00", "09:00");
        (form["Times[8]"], form["Times[9]"], form["Times[10]"], form["Times[11]"]) = ("09:00", "13:00", "12:00", "15:00");
        var bad = await staff.PostFormAsync("/staff/availability", form);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Monday: enter both times as hours and minutes", html);
        Assert.Contains("Tuesday: the end must be after the start", html);
        Assert.Contains("Wednesday: the two stretches overlap", html);
        Assert.Equal(0, await staff.WorkingHoursStretchesAsync());

        var peer = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var peerBrowser = app.NewBrowser();
        await peerBrowser.SignInAsync(peer);
        Assert.StartsWith("/account/access-denied", Browser.Location(await peerBrowser.GetAsync("/staff/availability")));
    }

    [Fact]
    public async Task A_booked_session_downloads_as_an_ics_file_in_UTC_with_no_clinical_content()
    {
        var (_, family, _, _, _) = await ReadyToBookAsync();
        var slot = Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"))[1];
        await BookAsync(family, slot);
        var id = Assert.Single((await family.SessionsAsync()).Upcoming).Id;

        var response = await family.GetAsync($"/family/sessions?handler=Calendar&id={id}");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        var start = new DateTimeOffset(slot.Start, TimeSpan.Zero);
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains($"DTSTART:{start:yyyyMMdd'T'HHmmss}Z", ics);
        Assert.Contains($"DTEND:{start.AddHours(1):yyyyMMdd'T'HHmmss}Z", ics);
        Assert.Contains($"UID:{id:N}@alongside", ics);
        Assert.Contains("SUMMARY:1:1 therapeutic parenting support session with", ics);
        Assert.DoesNotContain("Bedtimes", ics);

        var (stranger, _) = await app.CreateParentAsync();
        var strangerBrowser = app.NewBrowser();
        await strangerBrowser.SignInAsync(stranger);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerBrowser.GetAsync($"/family/sessions?handler=Calendar&id={id}")).StatusCode);
    }

    [Fact]
    public async Task The_clinician_records_attendance_after_a_session_and_cancels_for_the_service_before_one()
    {
        var (_, _, clinician, staff, familyId) = await ReadyToBookAsync();
        // Sessions already in the past cannot be booked through the app, so these two are written straight in.
        Session Make(Guid item, DateTimeOffset start) => new()
        {
            FamilyId = familyId,
            ClinicianUserId = clinician.Id,
            PlanItemId = item,
            Kind = SessionKind.ParentingSupport,
            StartsAt = start,
            EndsAt = start.AddHours(1),
            Mode = DeliveryMode.Online,
            BookedByUserId = clinician.Id,
            CreatedAt = app.Now,
        };
        var (past, future) = await app.WithDbAsync(async db =>
        {
            var item = await db.PlanItems.Where(i => db.SupportPlans.Any(p => p.Id == i.PlanId && p.FamilyId == familyId) && i.Kind == PlanItemKind.ParentingSupportSessions).Select(i => i.Id).SingleAsync();
            var (past, future) = (Make(item, app.Now.AddDays(-1)), Make(item, app.Now.AddDays(3)));
            db.Sessions.AddRange(past, future);
            await db.PlanItems.Where(i => i.Id == item).ExecuteUpdateAsync(s => s.SetProperty(i => i.SessionsUsed, 2));
            await db.SaveChangesAsync();
            return (past, future);
        });
        async Task<HttpStatusCode> Record(HttpClient who, Guid id, SessionStatus outcome) =>
            (await who.PostFormAsync($"/staff/sessions?handler=Record&id={id}&outcome={outcome}", new Dictionary<string, string>(), tokenFrom: "/staff/sessions")).StatusCode;

        Assert.Equal(HttpStatusCode.NotFound, await Record(staff, future.Id, SessionStatus.Attended)); // not yet happened
        Assert.Equal(HttpStatusCode.NotFound, await Record(staff, past.Id, SessionStatus.CancelledByService)); // too late to cancel
        Assert.Equal(HttpStatusCode.BadRequest, await Record(staff, past.Id, SessionStatus.Booked));
        Assert.Equal(HttpStatusCode.Redirect, await Record(staff, past.Id, SessionStatus.DidNotAttend));
        Assert.Equal(HttpStatusCode.Redirect, await Record(staff, future.Id, SessionStatus.CancelledByService));
        var statuses = (await staff.DiaryAsync()).Where(r => r.FamilyId == familyId).Select(r => r.Status).ToList(); // earliest first
        Assert.Equal(["Missed", "Cancelled by the service"], statuses);
        Assert.Equal(1, await staff.UsedAsync(familyId)); // a missed session counts; one the service cancelled does not

        var other = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician);
        var otherBrowser = app.NewBrowser();
        await otherBrowser.SignInAsync(other);
        Assert.DoesNotContain(past.Id.ToString(), await otherBrowser.GetPageAsync("/staff/sessions"));
    }

    [Fact]
    public async Task Another_familys_session_cannot_be_cancelled()
    {
        var (_, family, _, _, _) = await ReadyToBookAsync();
        await BookAsync(family, Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"))[0]);
        var id = Assert.Single((await family.SessionsAsync()).Upcoming).Id;
        var (stranger, _) = await app.CreateParentAsync();
        var strangerBrowser = app.NewBrowser();
        await strangerBrowser.SignInAsync(stranger);
        var response = await strangerBrowser.PostFormAsync($"/family/sessions/{id}/cancel", new Dictionary<string, string>(), tokenFrom: "/family/sessions");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(id, (await family.SessionsAsync()).Upcoming.Select(s => s.Id)); // still booked
    }
}

public sealed class BookingTestsOnSqlite(SqliteApp app) : BookingTests<SqliteApp>(app);

public sealed class BookingTestsOnPostgres(PostgresApp app) : BookingTests<PostgresApp>(app);
