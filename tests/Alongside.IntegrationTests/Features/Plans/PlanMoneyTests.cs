using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static Alongside.IntegrationTests.Support.SessionSteps;

namespace Alongside.IntegrationTests.Features.Plans;

/// <summary>A plan's money from real sessions and a course place, and the care team recording work delivered.</summary>
public abstract class PlanMoneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private sealed record Money(string Rate, string Approved, string Committed, string Delivered, string Remaining);

    /// <summary>The Money table of the staff plan page, by its first cell.</summary>
    private static async Task<Dictionary<string, Money>> MoneyAsync(HttpClient staff, Guid familyId, Guid planId)
    {
        var page = Html.Parse(await staff.GetPageAsync($"/staff/families/{familyId}/plans/{planId}"));
        return page.TableRows("table.app-money").ToDictionary(r => r[0], r => new Money(r[1], r[2], r[3], r[4], r[5]));
    }

    private Task<Guid> PlanIdAsync(Guid familyId) =>
        app.WithDbAsync(db => db.SupportPlans.Where(p => p.FamilyId == familyId && p.Status == PlanStatus.Agreed).Select(p => p.Id).SingleAsync());

    private Task<int> MoveIntoThePastAsync(Guid sessionId, int days) => app.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId)
        .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, app.Now.AddDays(-days)).SetProperty(x => x.EndsAt, app.Now.AddDays(-days).AddHours(1))));

    [Fact]
    public async Task Booked_attended_missed_and_late_cancelled_sessions_and_a_finished_course_place_make_the_plans_money()
    {
        var ready = await app.ReadyToBookAsync(sessions: 6); // six parenting sessions for £1,200 (a rate of £200), coaching 4 for £400, self-funded
        var planId = await PlanIdAsync(ready.FamilyId);
        var slots = Slots(await ready.Family.GetPageAsync("/family/sessions/book?kind=ParentingSupport"));
        var soon = slots[0]; // within 48 hours: a cancellation is late
        var later = slots.Where(s => new DateTimeOffset(s.Start, TimeSpan.Zero) > app.Now.AddDays(3)).GroupBy(s => s.Start / TimeSpan.TicksPerDay).Select(g => g.First()).Take(3).ToList();
        foreach (var slot in later.Prepend(soon)) Assert.Equal(HttpStatusCode.Redirect, (await BookAsync(ready.Family, slot)).StatusCode);
        var ids = (await ready.Family.SessionsAsync()).Upcoming.Select(s => s.Id).ToList(); // earliest first: soon, then the three later

        var before = await MoneyAsync(ready.Staff, ready.FamilyId, planId);
        Assert.Equal(new Money("£200.00 a session", "£1,200.00", "£800.00 (4 sessions)", "£0.00", "£400.00"), before["1:1 therapeutic parenting support sessions, Self-funded"]);

        // Late cancellation by the family, an attended session and a missed one (both now in the past), one still booked.
        Assert.Equal(HttpStatusCode.Redirect, (await ready.Family.PostFormAsync($"/family/sessions/{ids[0]}/cancel", new Dictionary<string, string>(), tokenFrom: "/family/sessions")).StatusCode);
        await MoveIntoThePastAsync(ids[1], 2);
        await MoveIntoThePastAsync(ids[2], 1);
        foreach (var (id, outcome) in new[] { (ids[1], SessionStatus.Attended), (ids[2], SessionStatus.DidNotAttend) })
        {
            var recorded = await ready.Staff.PostFormAsync($"/staff/sessions?handler=Record&id={id}&outcome={outcome}", new Dictionary<string, string>(), tokenFrom: "/staff/sessions");
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }

        // A group course place on dates that have ended, paid from a course item of the same plan.
        var today = UkTime.DateOf(app.Now);
        await app.WithDbAsync(async db =>
        {
            var org = await db.SupportPlans.Where(p => p.Id == planId).Select(p => p.OrganisationId).SingleAsync();
            var course = new Course { OrganisationId = org, Title = "Parenting with PACE", Summary = "Two weeks.", WhoFor = "Adopters", Weeks = 2, CompletionMinimum = 1, CreatedAt = app.Now };
            var cohort = new Cohort { CourseId = course.Id, OrganisationId = org, StartsOn = today.AddDays(-30), StartTime = new(19, 0), EndTime = new(21, 0), Capacity = 8, PlacesHeld = 1, CreatedAt = app.Now };
            var item = new PlanItem { PlanId = planId, Kind = PlanItemKind.GroupCourse, Funding = FundingRoute.Commissioned, Cost = 300m, CohortId = cohort.Id };
            var place = new CoursePlace { CohortId = cohort.Id, UserId = ready.Parent.Id, FamilyId = ready.FamilyId, PlanItemId = item.Id, Status = PlaceStatus.Enrolled, JoinedAt = app.Now.AddDays(-40), EnrolledAt = app.Now.AddDays(-40), AddedByUserId = ready.Clinician.Id };
            db.AddRange(course, cohort, item, place);
            return await db.SaveChangesAsync();
        });

        var money = await MoneyAsync(ready.Staff, ready.FamilyId, planId);
        // Delivered: attended, did not attend, late cancellation = 3 × £200; committed: the one still booked.
        Assert.Equal(new Money("£200.00 a session", "£1,200.00", "£200.00 (1 session)", "£600.00 (3 sessions)", "£400.00"), money["1:1 therapeutic parenting support sessions, Self-funded"]);
        Assert.Equal(new Money("£100.00 a session", "£400.00", "£0.00", "£0.00", "£400.00"), money["Parent coaching or consultation sessions, Self-funded"]);
        Assert.Equal(new Money("£300.00 a place", "£300.00", "£0.00", "£300.00 (1 place)", "£0.00"), money["Group parenting course, Commissioned"]);
        Assert.Equal(new Money("–", "£1,600.00", "£200.00", "£600.00", "£800.00"), money["Total, Self-funded"]);
        Assert.Equal(new Money("–", "£300.00", "£0.00", "£300.00", "£0.00"), money["Total, Commissioned"]);

        // The figures come in four commands, however many sessions and places there are.
        var childId = await app.WithDbAsync(db => db.SupportPlans.Where(p => p.Id == planId).Select(p => p.ChildId).SingleAsync());
        using var counter = new SqlCounter(app);
        var spending = await app.WithDbAsync(db => ChildSpending.LoadAsync(db, childId));
        Assert.Equal(4, counter.CommandsOfContextThatRan("\"CoursePlaces\"").Count);
        Assert.Equal(4, spending.Sessions.Count);
    }

    [Fact]
    public async Task The_care_team_records_an_assessment_delivered_and_undoes_it_and_no_one_else_may()
    {
        var ready = await app.ReadyToBookAsync();
        var planId = await PlanIdAsync(ready.FamilyId);
        var assessment = new PlanItem { PlanId = planId, Kind = PlanItemKind.SpecialistAssessment, Funding = FundingRoute.Asgsf, Cost = 900m };
        await app.WithDbAsync(db => { db.PlanItems.Add(assessment); return db.SaveChangesAsync(); });
        var plan = $"/staff/families/{ready.FamilyId}/plans/{planId}";
        Task<DateOnly?> DeliveredOnAsync() => app.WithDbAsync(db => db.PlanItems.Where(i => i.Id == assessment.Id).Select(i => i.DeliveredOn).SingleAsync());
        Dictionary<string, string> Form(Guid id) => new() { ["itemId"] = id.ToString() };

        // A clinician of the same organisation, not on the care team, reads the plan but may not record: 404, nothing changed.
        var org = await app.WithDbAsync(db => db.SupportPlans.Where(p => p.Id == planId).Select(p => p.Organisation!).SingleAsync());
        var colleague = app.NewBrowser();
        await colleague.SignInAsync(await app.CreateStaffAsync(org, Role.Clinician));
        Assert.Contains("Specialist assessment: not yet delivered", Html.Text(Html.Parse(await colleague.GetPageAsync(plan)).Body!));
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PostFormAsync($"{plan}?handler=Delivered", Form(assessment.Id), tokenFrom: plan)).StatusCode);
        Assert.Null(await DeliveredOnAsync());

        // An item counted in sessions is refused with a message.
        var sessionsItem = await app.WithDbAsync(db => db.PlanItems.Where(i => i.PlanId == planId && i.Kind == PlanItemKind.ParentingSupportSessions).Select(i => i.Id).SingleAsync());
        var refused = await ready.Staff.PostFormAsync($"{plan}?handler=Delivered", Form(sessionsItem), tokenFrom: plan);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("not counted in sessions or course places", await refused.Content.ReadAsStringAsync());

        var done = await ready.Staff.PostFormAsync($"{plan}?handler=Delivered", Form(assessment.Id), tokenFrom: plan);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(UkTime.DateOf(app.Now), await DeliveredOnAsync());
        var money = await MoneyAsync(ready.Staff, ready.FamilyId, planId);
        Assert.Equal(new Money("£900.00 in all", "£900.00", "£0.00", "£900.00", "£0.00"), money["Specialist assessment, ASGSF"]);
        var page = Html.Text(Html.Parse(await ready.Staff.GetPageAsync(plan)).Body!);
        Assert.Contains($"ASGSF for", page);
        Assert.Contains("Specialist assessment delivered£900.00 of the £2,500.00 fair-access limit (£900.00 planned)", page);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == assessment.Id && a.Action == "write")));

        Assert.Equal(HttpStatusCode.Redirect, (await ready.Staff.PostFormAsync($"{plan}?handler=NotDelivered", Form(assessment.Id), tokenFrom: plan)).StatusCode);
        Assert.Null(await DeliveredOnAsync());
        Assert.Equal("£900.00", (await MoneyAsync(ready.Staff, ready.FamilyId, planId))["Specialist assessment, ASGSF"].Remaining);
    }
}

public sealed class PlanMoneyTestsOnSqlite(SqliteApp app) : PlanMoneyTests<SqliteApp>(app);

public sealed class PlanMoneyTestsOnPostgres(PostgresApp app) : PlanMoneyTests<PostgresApp>(app);
