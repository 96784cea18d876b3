using System.Net;
using System.Text.RegularExpressions;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Sessions;

public abstract class BookingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private Task<Ready> ReadyToBookAsync(int sessions = 6, Organisation? org = null, Person? clinician = null) => app.ReadyToBookAsync(sessions, org, clinician);

    private static List<(string Clinician, long Start)> Slots(string html) => SessionSteps.Slots(html);

    private static Task<HttpResponseMessage> BookAsync(HttpClient family, (string Clinician, long Start) slot) => SessionSteps.BookAsync(family, slot);

    private Task<int> UsedAsync(Guid familyId) => app.UsedAsync(familyId);

    [Fact]
    public async Task A_parent_books_a_free_slot_and_it_counts_against_the_plan()
    {
        var (_, family, _, _, familyId) = await ReadyToBookAsync();
        Assert.Contains("1:1 therapeutic parenting support session", await family.GetPageAsync("/family/sessions/book"));
        var slots = Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"));
        Assert.NotEmpty(slots);

        var booked = await BookAsync(family, slots[3]);
        Assert.Equal("/family/sessions", Browser.Location(booked));
        Assert.Equal(1, await UsedAsync(familyId));
        var session = await app.WithDbAsync(db => db.Sessions.SingleAsync(s => s.FamilyId == familyId));
        Assert.Equal(new DateTimeOffset(slots[3].Start, TimeSpan.Zero), session.StartsAt);
        Assert.Equal(TimeSpan.FromHours(1), session.EndsAt - session.StartsAt);
        Assert.Contains("Your session is booked", await family.GetPageAsync("/family/sessions"));
        // The time is no longer offered.
        Assert.DoesNotContain(slots[3], Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport")));
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
        Assert.Equal(1, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.ClinicianUserId == clinician.Id && s.StartsAt == start && s.Status == SessionStatus.Booked)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = responses.Single(r => r.StatusCode != HttpStatusCode.Redirect);
        var html = await loser.Content.ReadAsStringAsync();
        Assert.Contains("that time has just been taken", html);
        Assert.Contains("Nearest free times", html);
        Assert.Equal(1, await UsedAsync(first.FamilyId) + await UsedAsync(second.FamilyId)); // the loser's plan is untouched
    }

    [Fact]
    public async Task Booking_past_the_plans_allowance_is_refused()
    {
        var (_, family, _, _, familyId) = await ReadyToBookAsync(sessions: 1);
        var slots = Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"));
        await BookAsync(family, slots[0]);
        var again = await BookAsync(family, slots[2]);
        Assert.Contains("Your plan has no sessions of this kind left", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.FamilyId == familyId)));
        Assert.DoesNotContain("1:1 therapeutic parenting support session</a>", await family.GetPageAsync("/family/sessions/book"));
    }

    [Fact]
    public async Task Cancelling_with_notice_gives_the_session_back_and_a_late_cancellation_is_recorded_as_late()
    {
        var (_, family, _, _, familyId) = await ReadyToBookAsync();
        var slots = Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"));
        var soon = slots[0]; // within 48 hours: hours run every day
        var later = slots.First(s => new DateTimeOffset(s.Start, TimeSpan.Zero) > app.Now.AddDays(5));
        await BookAsync(family, soon);
        await BookAsync(family, later);
        Assert.Equal(2, await UsedAsync(familyId));
        var ids = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == familyId).OrderBy(s => s.StartsAt).Select(s => s.Id).ToListAsync());

        await family.PostFormAsync($"/family/sessions?handler=Cancel&id={ids[1]}", new Dictionary<string, string>(), tokenFrom: "/family/sessions");
        Assert.Equal(1, await UsedAsync(familyId));
        var late = await family.PostFormAsync($"/family/sessions?handler=Cancel&id={ids[0]}", new Dictionary<string, string>(), tokenFrom: "/family/sessions");
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        var sessions = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == familyId).OrderBy(s => s.StartsAt).ToListAsync());
        Assert.Equal((SessionStatus.CancelledByFamily, true), (sessions[0].Status, sessions[0].LateCancellation));
        Assert.Equal((SessionStatus.CancelledByFamily, false), (sessions[1].Status, sessions[1].LateCancellation));
        Assert.Equal(1, await UsedAsync(familyId));
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
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkingHours.CountAsync(h => h.ClinicianUserId == clinician.Id)));

        var peer = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var peerBrowser = app.NewBrowser();
        await peerBrowser.SignInAsync(peer);
        Assert.Equal(HttpStatusCode.NotFound, (await peerBrowser.GetAsync("/staff/availability")).StatusCode);
    }

    [Fact]
    public async Task A_booked_session_downloads_as_an_ics_file_in_UTC_with_no_clinical_content()
    {
        var (_, family, clinician, _, familyId) = await ReadyToBookAsync();
        var slot = Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"))[1];
        await BookAsync(family, slot);
        var id = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == familyId).Select(s => s.Id).SingleAsync());

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
        var item = await app.WithDbAsync(db => db.PlanItems.Where(i => db.SupportPlans.Any(p => p.Id == i.PlanId && p.FamilyId == familyId) && i.Kind == PlanItemKind.ParentingSupportSessions).Select(i => i.Id).SingleAsync());
        Session Make(DateTimeOffset start) => new()
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
        var past = Make(app.Now.AddDays(-1));
        var future = Make(app.Now.AddDays(3));
        await app.WithDbAsync(async db =>
        {
            db.Sessions.AddRange(past, future);
            await db.PlanItems.Where(i => i.Id == item).ExecuteUpdateAsync(s => s.SetProperty(i => i.SessionsUsed, 2));
            return await db.SaveChangesAsync();
        });
        async Task<HttpStatusCode> Record(HttpClient who, Guid id, SessionStatus outcome) =>
            (await who.PostFormAsync($"/staff/sessions?handler=Record&id={id}&outcome={outcome}", new Dictionary<string, string>(), tokenFrom: "/staff/sessions")).StatusCode;

        Assert.Equal(HttpStatusCode.NotFound, await Record(staff, future.Id, SessionStatus.Attended)); // not yet happened
        Assert.Equal(HttpStatusCode.NotFound, await Record(staff, past.Id, SessionStatus.CancelledByService)); // too late to cancel
        Assert.Equal(HttpStatusCode.BadRequest, await Record(staff, past.Id, SessionStatus.Booked));
        Assert.Equal(HttpStatusCode.Redirect, await Record(staff, past.Id, SessionStatus.DidNotAttend));
        Assert.Equal(HttpStatusCode.Redirect, await Record(staff, future.Id, SessionStatus.CancelledByService));
        var statuses = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == familyId).OrderBy(s => s.StartsAt).Select(s => s.Status).ToListAsync());
        Assert.Equal([SessionStatus.DidNotAttend, SessionStatus.CancelledByService], statuses);
        Assert.Equal(1, await UsedAsync(familyId)); // a missed session counts; one the service cancelled does not

        var other = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician);
        var otherBrowser = app.NewBrowser();
        await otherBrowser.SignInAsync(other);
        Assert.DoesNotContain(past.Id.ToString(), await otherBrowser.GetPageAsync("/staff/sessions"));
    }

    [Fact]
    public async Task Another_familys_session_cannot_be_cancelled()
    {
        var (_, family, _, _, familyId) = await ReadyToBookAsync();
        await BookAsync(family, Slots(await family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"))[0]);
        var id = await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == familyId).Select(s => s.Id).SingleAsync());
        var (stranger, _) = await app.CreateParentAsync();
        var strangerBrowser = app.NewBrowser();
        await strangerBrowser.SignInAsync(stranger);
        var response = await strangerBrowser.PostFormAsync($"/family/sessions?handler=Cancel&id={id}", new Dictionary<string, string>(), tokenFrom: "/family/sessions");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(SessionStatus.Booked, await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
    }
}

public sealed class BookingTestsOnSqlite(SqliteApp app) : BookingTests<SqliteApp>(app);

public sealed class BookingTestsOnPostgres(PostgresApp app) : BookingTests<PostgresApp>(app);
