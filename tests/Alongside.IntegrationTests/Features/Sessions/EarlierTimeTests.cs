using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Features.Sessions;

/// <summary>
/// "Tell me if an earlier time frees up": joining a clinician's list once, only for the family's
/// own care team; a freed slot offered to the first joined family it helps and kept from others;
/// booking it, an offer running out and passing on, and leaving the list.
/// </summary>
public abstract class EarlierTimeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Book = "/family/sessions/book?kind=ParentingSupport";

    private static string Join(Guid clinicianId) => $"/family/sessions/book?handler=Earlier&clinicianId={clinicianId}&kind=ParentingSupport";

    private static string Leave(Guid clinicianId) => $"/family/sessions/book?handler=LeaveEarlier&clinicianId={clinicianId}&kind=ParentingSupport";

    private static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);

    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, string url) =>
        browser.PostFormAsync(url, new Dictionary<string, string>(), tokenFrom: Book);

    private Task<List<EarlierTimeRequest>> RequestsAsync(Guid familyId) =>
        app.WithDbAsync(db => db.EarlierTimeRequests.AsNoTracking().Where(r => r.FamilyId == familyId).OrderBy(r => r.CreatedAt).ToListAsync());

    private Task<List<EarlierTimeHold>> HoldsAsync(Guid clinicianId) =>
        app.WithDbAsync(db => db.EarlierTimeHolds.AsNoTracking().Where(h => h.ClinicianUserId == clinicianId).ToListAsync());

    /// <summary>Three families of one clinician: the first books an early time, the other two later ones and join the list, second before third.</summary>
    private async Task<(Ready First, Ready Second, Ready Third, (string Clinician, long Start) Early, Guid SecondSession, Guid ThirdSession)> ThreeFamiliesAsync(bool thirdJoins = true)
    {
        var org = await app.CreateOrganisationAsync();
        var first = await app.ReadyToBookAsync(org: org);
        var second = await app.ReadyToBookAsync(org: org, clinician: first.Clinician);
        var third = await app.ReadyToBookAsync(org: org, clinician: first.Clinician);
        var slots = SessionSteps.Slots(await first.Family.GetPageAsync(Book + "&week=1"));
        Assert.Equal(HttpStatusCode.Redirect, (await SessionSteps.BookAsync(first.Family, slots[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SessionSteps.BookAsync(second.Family, slots[3])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SessionSteps.BookAsync(third.Family, slots[5])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(second.Family, Join(first.Clinician.Id))).StatusCode);
        if (thirdJoins) Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(third.Family, Join(first.Clinician.Id))).StatusCode);
        var secondSession = Assert.Single((await second.Family.SessionsAsync()).Upcoming).Id;
        var thirdSession = Assert.Single((await third.Family.SessionsAsync()).Upcoming).Id;
        return (first, second, third, slots[0], secondSession, thirdSession);
    }

    private static async Task CancelAsync(Ready family)
    {
        var id = Assert.Single((await family.Family.SessionsAsync()).Upcoming).Id;
        Assert.Equal(HttpStatusCode.Redirect, (await SessionSteps.CancelAsync(family.Family, id)).StatusCode);
    }

    [Fact]
    public async Task A_parent_joins_once_sees_it_and_leaves()
    {
        var ready = await app.ReadyToBookAsync();
        var firstFree = SessionSteps.Slots(await ready.Family.GetPageAsync(Book))[0];

        var joined = await PostAsync(ready.Family, Join(ready.Clinician.Id));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var request = Assert.Single(await RequestsAsync(ready.FamilyId));
        Assert.Equal(EarlierTimeStatus.Waiting, request.Status);
        Assert.Equal(ready.Clinician.Id, request.ClinicianUserId);
        Assert.Equal(Instant(firstFree.Start), request.Beat); // no session booked: the earliest time shown
        var page = Html.Parse(await ready.Family.GetPageAsync(Book));
        Assert.Contains("You are on the list for an earlier time", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action*='handler=LeaveEarlier']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Earlier']"));

        // A second join is refused and adds nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ready.Family, Join(ready.Clinician.Id))).StatusCode);
        Assert.Contains("already on the list", await ready.Family.GetPageAsync(Book), StringComparison.Ordinal);
        Assert.Single(await RequestsAsync(ready.FamilyId));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ready.Family, Leave(ready.Clinician.Id))).StatusCode);
        var left = Assert.Single(await RequestsAsync(ready.FamilyId));
        Assert.Equal(EarlierTimeStatus.Withdrawn, left.Status);
        Assert.NotNull(left.EndedAt);
        Assert.NotNull(Html.Parse(await ready.Family.GetPageAsync(Book)).QuerySelector("form[action*='handler=Earlier']"));
        // Leaving again: there is nothing to leave, and the page says so.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ready.Family, Leave(ready.Clinician.Id))).StatusCode);
        Assert.Contains("You are not on the list", await ready.Family.GetPageAsync(Book), StringComparison.Ordinal);
        Assert.Equal(EarlierTimeStatus.Withdrawn, Assert.Single(await RequestsAsync(ready.FamilyId)).Status);
    }

    [Fact]
    public async Task Another_family_and_a_clinician_off_the_care_team_get_404_and_nothing_is_written()
    {
        var org = await app.CreateOrganisationAsync();
        var ready = await app.ReadyToBookAsync(org: org);
        var other = await app.ReadyToBookAsync(); // another family, another clinician
        var colleague = await app.CreateStaffAsync(org, Role.Clinician); // not on the care team

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other.Family, Join(ready.Clinician.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(ready.Family, Join(colleague.Id))).StatusCode);
        Assert.Empty(await RequestsAsync(ready.FamilyId));
        Assert.Empty(await RequestsAsync(other.FamilyId));

        // Another family cannot take this family off the list.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ready.Family, Join(ready.Clinician.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other.Family, Leave(ready.Clinician.Id))).StatusCode);
        Assert.Equal(EarlierTimeStatus.Waiting, Assert.Single(await RequestsAsync(ready.FamilyId)).Status);
    }

    [Fact]
    public async Task A_cancellation_is_offered_to_the_first_waiting_family_hidden_from_others_and_booked_by_moving()
    {
        var (first, second, third, early, secondSession, _) = await ThreeFamiliesAsync();
        await CancelAsync(first);

        var offer = await app.Mail.WaitForAsync(second.Parent.Email, "An earlier time with");
        Assert.Contains($"start={early.Start}", offer.TextBody, StringComparison.Ordinal);
        Assert.Contains($"move={secondSession}", offer.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("cancelled", offer.TextBody, StringComparison.OrdinalIgnoreCase); // never why it is free
        var hold = Assert.Single(await HoldsAsync(first.Clinician.Id));
        Assert.Equal((second.FamilyId, Instant(early.Start)), (hold.FamilyId, hold.StartsAt));
        Assert.Equal(EarlierTimeStatus.Offered, Assert.Single(await RequestsAsync(second.FamilyId)).Status);
        Assert.Equal(EarlierTimeStatus.Waiting, Assert.Single(await RequestsAsync(third.FamilyId)).Status);

        // Kept for the second family; the third, and the first who cancelled, no longer see it.
        Assert.Contains(SessionSteps.Slots(await second.Family.GetPageAsync(Book + "&week=1")), s => s.Start == early.Start);
        Assert.DoesNotContain(SessionSteps.Slots(await third.Family.GetPageAsync(Book + "&week=1")), s => s.Start == early.Start);
        Assert.DoesNotContain(SessionSteps.Slots(await first.Family.GetPageAsync(Book + "&week=1")), s => s.Start == early.Start);
        var refused = await third.Family.GetPageAsync($"/family/sessions/book/review?kind=ParentingSupport&clinicianId={early.Clinician}&start={early.Start}");
        Assert.Contains("that time has just been taken", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirm booking", refused, StringComparison.Ordinal);

        // The second family moves their later session to it, from the email's link.
        var moved = await SessionSteps.BookAsync(second.Family, early, $"&move={secondSession}");
        Assert.Equal("/family/sessions", Browser.Location(moved));
        Assert.Equal(Instant(early.Start), (await second.Family.SessionTimesAsync(secondSession)).StartsAt);
        Assert.Equal(EarlierTimeStatus.Booked, Assert.Single(await RequestsAsync(second.FamilyId)).Status);

        // The time their session left is earlier than the third family's: it is theirs to take now.
        await app.Mail.WaitForAsync(third.Parent.Email, "An earlier time with");
        var next = Assert.Single(await HoldsAsync(first.Clinician.Id));
        Assert.Equal(third.FamilyId, next.FamilyId);
        Assert.Equal(EarlierTimeStatus.Offered, Assert.Single(await RequestsAsync(third.FamilyId)).Status);
    }

    [Fact]
    public async Task An_offer_that_runs_out_passes_to_the_next_and_leaving_frees_the_time()
    {
        var (first, second, third, early, _, _) = await ThreeFamiliesAsync();
        await CancelAsync(first);
        Assert.Equal(second.FamilyId, Assert.Single(await HoldsAsync(first.Clinician.Id)).FamilyId);

        // Not yet expired: nothing passes on.
        var expiry = app.Services.GetRequiredService<EarlierTimeExpiry>();
        Assert.Equal(0, await expiry.PassOnAsync());
        await app.WithDbAsync(db => db.EarlierTimeHolds.Where(h => h.ClinicianUserId == first.Clinician.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.ExpiresAt, app.Now.AddMinutes(-1))));
        Assert.Equal(1, await expiry.PassOnAsync());
        Assert.Equal(EarlierTimeStatus.Expired, Assert.Single(await RequestsAsync(second.FamilyId)).Status);
        var passed = Assert.Single(await HoldsAsync(first.Clinician.Id));
        Assert.Equal((third.FamilyId, Instant(early.Start)), (passed.FamilyId, passed.StartsAt));
        await app.Mail.WaitForAsync(third.Parent.Email, "An earlier time with");
        Assert.DoesNotContain(SessionSteps.Slots(await second.Family.GetPageAsync(Book + "&week=1")), s => s.Start == early.Start);

        // The third family leaves the list: no one else is waiting, so the time is free to all again.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(third.Family, Leave(first.Clinician.Id))).StatusCode);
        Assert.Equal(EarlierTimeStatus.Withdrawn, Assert.Single(await RequestsAsync(third.FamilyId)).Status);
        Assert.Empty(await HoldsAsync(first.Clinician.Id));
        Assert.Contains(SessionSteps.Slots(await second.Family.GetPageAsync(Book + "&week=1")), s => s.Start == early.Start);
    }

    private static Task<HttpResponseMessage> StaffBookAsync(Ready family, long start) =>
        family.Staff.PostFormAsync($"/staff/families/{family.FamilyId}/sessions/book", new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(SessionKind.ParentingSupport),
            ["Input.Date"] = TimeDisplay.Local(Instant(start), "yyyy-MM-dd"),
            ["Input.Time"] = TimeDisplay.Local(Instant(start), "HH:mm"),
            ["Input.Repeat"] = "None",
            ["Input.Count"] = "1",
            ["Input.Mode"] = nameof(DeliveryMode.Online),
            ["Input.VideoLink"] = "",
            ["Input.Place"] = "",
            ["Input.OverrideReason"] = "Booked by the clinician",
        });

    [Fact]
    public async Task The_clinician_cannot_book_another_family_into_a_held_time_and_booking_the_waiting_family_ends_their_wait()
    {
        var (first, second, third, early, _, _) = await ThreeFamiliesAsync(thirdJoins: false);
        await CancelAsync(first);
        var hold = Assert.Single(await HoldsAsync(first.Clinician.Id));
        Assert.Equal(second.FamilyId, hold.FamilyId);

        var refused = await StaffBookAsync(third, early.Start);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("for a family who asked to hear about an earlier time", Html.Parse(await refused.Content.ReadAsStringAsync()).Text("main"));
        Assert.Single((await third.Family.SessionsAsync()).Upcoming); // only their own later one
        Assert.Single(await HoldsAsync(first.Clinician.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await StaffBookAsync(second, early.Start)).StatusCode);
        Assert.Empty(await HoldsAsync(first.Clinician.Id));
        Assert.Equal(EarlierTimeStatus.Booked, Assert.Single(await RequestsAsync(second.FamilyId)).Status);
    }

    private static Task<HttpResponseMessage> StaffMoveAsync(Ready family, Guid session, long start) =>
        family.Staff.PostFormAsync($"/staff/sessions/{session}/change?handler=Move", new Dictionary<string, string>
        {
            ["Input.Date"] = TimeDisplay.Local(Instant(start), "yyyy-MM-dd"),
            ["Input.Time"] = TimeDisplay.Local(Instant(start), "HH:mm"),
            ["Input.Mode"] = nameof(DeliveryMode.Online),
            ["Input.VideoLink"] = "",
            ["Input.Place"] = "",
            ["Input.Scope"] = "one",
        }, tokenFrom: $"/staff/sessions/{session}/change");

    [Fact]
    public async Task The_clinician_cannot_move_another_familys_session_into_a_held_time_and_moving_the_waiting_familys_ends_their_wait()
    {
        var (first, second, third, early, secondSession, thirdSession) = await ThreeFamiliesAsync(thirdJoins: false);
        await CancelAsync(first);
        Assert.Equal(second.FamilyId, Assert.Single(await HoldsAsync(first.Clinician.Id)).FamilyId);
        var thirdStart = await app.WithDbAsync(db => db.Sessions.Where(x => x.Id == thirdSession).Select(x => x.StartsAt).SingleAsync());

        var refused = await StaffMoveAsync(third, thirdSession, early.Start);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("for a family who asked to hear about an earlier time", Html.Parse(await refused.Content.ReadAsStringAsync()).Text("main"));
        Assert.Equal(thirdStart, await app.WithDbAsync(db => db.Sessions.Where(x => x.Id == thirdSession).Select(x => x.StartsAt).SingleAsync()));
        Assert.Single(await HoldsAsync(first.Clinician.Id));

        Assert.Equal("/staff/sessions", Browser.Location(await StaffMoveAsync(second, secondSession, early.Start)));
        Assert.Equal(Instant(early.Start), await app.WithDbAsync(db => db.Sessions.Where(x => x.Id == secondSession).Select(x => x.StartsAt).SingleAsync()));
        Assert.Empty(await HoldsAsync(first.Clinician.Id));
        Assert.Equal(EarlierTimeStatus.Booked, Assert.Single(await RequestsAsync(second.FamilyId)).Status);
    }

    [Fact]
    public async Task A_family_with_no_session_left_on_the_plan_and_none_to_move_is_passed_over_and_one_with_a_session_to_move_is_offered()
    {
        var (first, second, third, early, secondSession, thirdSession) = await ThreeFamiliesAsync();
        // The second family's later session is gone and their plan is used up: an offer could only be a
        // new booking, and they have none left to book. The third family's plan is used up too, but their
        // later session can move, which takes nothing from the plan.
        await app.WithDbAsync(async db =>
        {
            await db.Sessions.Where(x => x.Id == secondSession).ExecuteUpdateAsync(x => x.SetProperty(v => v.Status, SessionStatus.CancelledByService));
            return await db.PlanItems.Where(i => i.Sessions != null && db.SupportPlans.Any(p => p.Id == i.PlanId && (p.FamilyId == second.FamilyId || p.FamilyId == third.FamilyId)))
                .ExecuteUpdateAsync(x => x.SetProperty(i => i.SessionsUsed, i => i.Sessions!.Value));
        });

        await CancelAsync(first);

        var hold = Assert.Single(await HoldsAsync(first.Clinician.Id));
        Assert.Equal((third.FamilyId, Instant(early.Start)), (hold.FamilyId, hold.StartsAt));
        var offer = await app.Mail.WaitForAsync(third.Parent.Email, "An earlier time with");
        Assert.Contains($"move={thirdSession}", offer.TextBody, StringComparison.Ordinal);
        Assert.Equal(EarlierTimeStatus.Waiting, Assert.Single(await RequestsAsync(second.FamilyId)).Status);
        Assert.DoesNotContain(app.Mail.Received, m => m.To.Mailboxes.Any(x => x.Address == second.Parent.Email) && (m.Subject ?? "").Contains("An earlier time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_family_that_left_the_list_is_not_offered_and_the_service_cancelling_offers_too()
    {
        var (first, second, third, early, _, _) = await ThreeFamiliesAsync(thirdJoins: false);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(second.Family, Leave(first.Clinician.Id))).StatusCode);
        await CancelAsync(first);
        Assert.Empty(await HoldsAsync(first.Clinician.Id));
        Assert.Equal(EarlierTimeStatus.Withdrawn, Assert.Single(await RequestsAsync(second.FamilyId)).Status);
        Assert.Contains(SessionSteps.Slots(await third.Family.GetPageAsync(Book + "&week=1")), s => s.Start == early.Start);

        // The third family joins; the clinician cancels the second family's session for the service, earlier than the third's.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(third.Family, Join(first.Clinician.Id))).StatusCode);
        var secondSession = Assert.Single((await second.Family.SessionsAsync()).Upcoming).Id;
        var cancelled = await second.Staff.PostFormAsync($"/staff/sessions?handler=Record&id={secondSession}&outcome=CancelledByService", new Dictionary<string, string>(), tokenFrom: "/staff/sessions");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var hold = Assert.Single(await HoldsAsync(first.Clinician.Id));
        Assert.Equal(third.FamilyId, hold.FamilyId);
        await app.Mail.WaitForAsync(third.Parent.Email, "An earlier time with");
    }
}

public sealed class EarlierTimeTestsOnSqlite(SqliteApp app) : EarlierTimeTests<SqliteApp>(app);

public sealed class EarlierTimeTestsOnPostgres(PostgresApp app) : EarlierTimeTests<PostgresApp>(app);
