using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Courses;

/// <summary>
/// The course journeys through their pages: an admin publishes a course and its dates, parents take
/// places and wait, a freed place is offered and taken, the facilitator takes the register, the
/// parent completes and prints; a plan item gets its cohort; and bad input changes nothing.
/// </summary>
public abstract class CoursePagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<HttpClient> SignedInAsync(Person person)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(person);
        return browser;
    }

    private static Dictionary<string, string> CourseForm(Guid org, string title, string weeks = "3", string minimum = "2") => new()
    {
        ["Input.OrganisationId"] = org.ToString(),
        ["Input.Title"] = title,
        ["Input.Summary"] = "Three evenings on therapeutic parenting.",
        ["Input.WhoFor"] = "Adoptive parents and special guardians",
        ["Input.Audience"] = "ParentsAndCarers",
        ["Input.Format"] = "InPerson",
        ["Input.Weeks"] = weeks,
        ["Input.CompletionMinimum"] = minimum,
        ["Input.Cost"] = "0",
        ["Input.SelfEnrol"] = "true",
        ["Input.OfferHours"] = "48",
        ["Input.WeekPlan"] = "Why children behave as they do: trauma and trust\nPACE: playfulness, acceptance, curiosity, empathy\nLooking after yourself: blocked care",
    };

    private async Task<(Guid CourseId, Guid CohortId)> PublishAsync(HttpClient admin, Organisation org, Person facilitator, string title, string capacity, DateOnly startsOn)
    {
        var saved = await admin.PostFormAsync("/courses/manage/course", CourseForm(org.Id, title), tokenFrom: "/courses/manage/course");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var courseId = await app.WithDbAsync(db => db.Courses.Where(c => c.Title == title).Select(c => c.Id).SingleAsync());
        var cohort = await admin.PostFormAsync($"/courses/manage/course/{courseId}/cohorts/new", new Dictionary<string, string>
        {
            ["Input.StartsOn"] = startsOn.ToString("yyyy-MM-dd"),
            ["Input.StartTime"] = "19:00",
            ["Input.EndTime"] = "21:00",
            ["Input.Capacity"] = capacity,
            ["Input.VenueName"] = "Oak Room, Central Library",
            ["Input.AccessInformation"] = "Step-free entrance on Mill Street",
            ["Input.Facilitators"] = facilitator.Id.ToString(),
        }, tokenFrom: $"/courses/manage/course/{courseId}/cohorts/new");
        Assert.Equal(HttpStatusCode.Redirect, cohort.StatusCode);
        return (courseId, Guid.Parse(Browser.Location(cohort)["/courses/cohorts/".Length..]));
    }

    [Fact]
    public async Task A_parent_takes_the_last_place_another_waits_is_offered_it_when_it_frees_and_completes_after_the_register()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var facilitatorPerson = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var title = $"Parenting with PACE {Guid.NewGuid():N}"[..30];
        var (courseId, cohortId) = await PublishAsync(admin, org, facilitatorPerson, title, "1", UkTime.DateOf(app.Now).AddDays(14));

        // The catalogue and the course page are open to anyone.
        var visitor = app.NewBrowser();
        Assert.Contains(title, await visitor.GetStringAsync("/courses"));
        var page = await visitor.GetStringAsync($"/courses/{courseId}");
        Assert.Contains("Week 2: PACE", page);
        Assert.Contains("playfulness, acceptance, curiosity, empathy", page);
        Assert.Contains("Step-free entrance on Mill Street", page);
        Assert.Contains("1 of 1 places left", page);

        var (first, _) = await app.CreateParentAsync();
        var (second, _) = await app.CreateParentAsync();
        var firstBrowser = await SignedInAsync(first);
        var secondBrowser = await SignedInAsync(second);
        var joined = await firstBrowser.PostFormAsync($"/courses/{courseId}?handler=Join", new Dictionary<string, string> { ["cohortId"] = cohortId.ToString() }, tokenFrom: $"/courses/{courseId}");
        Assert.Equal("/courses/mine", Browser.Location(joined));
        Assert.Contains("Full: 0 on the waiting list", await secondBrowser.GetStringAsync($"/courses/{courseId}"));
        await secondBrowser.PostFormAsync($"/courses/{courseId}?handler=Join", new Dictionary<string, string> { ["cohortId"] = cohortId.ToString() }, tokenFrom: $"/courses/{courseId}");
        Assert.Contains("number 1 in the queue", await secondBrowser.GetStringAsync("/courses/mine"));

        // Joining twice is a message and changes nothing.
        var twice = await firstBrowser.PostFormAsync($"/courses/{courseId}?handler=Join", new Dictionary<string, string> { ["cohortId"] = cohortId.ToString() }, tokenFrom: $"/courses/{courseId}");
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("already on this course", await twice.Content.ReadAsStringAsync());
        Assert.Equal(2, await app.WithDbAsync(db => db.CoursePlaces.CountAsync(p => p.CohortId == cohortId)));

        // The first gives up the place; the second is offered it and takes it from their page.
        var firstPlace = await app.WithDbAsync(db => db.CoursePlaces.Where(p => p.CohortId == cohortId && p.UserId == first.Id).Select(p => p.Id).SingleAsync());
        var secondPlace = await app.WithDbAsync(db => db.CoursePlaces.Where(p => p.CohortId == cohortId && p.UserId == second.Id).Select(p => p.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await secondBrowser.PostFormAsync("/courses/mine?handler=Leave", new Dictionary<string, string> { ["placeId"] = firstPlace.ToString() }, tokenFrom: "/courses/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await firstBrowser.PostFormAsync("/courses/mine?handler=Leave", new Dictionary<string, string> { ["placeId"] = firstPlace.ToString() }, tokenFrom: "/courses/mine")).StatusCode);
        Assert.Contains("A place is yours if you want it", await secondBrowser.GetStringAsync("/courses/mine"));
        Assert.Equal(HttpStatusCode.NotFound, (await firstBrowser.PostFormAsync("/courses/mine?handler=Accept", new Dictionary<string, string> { ["placeId"] = secondPlace.ToString() }, tokenFrom: "/courses/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secondBrowser.PostFormAsync("/courses/mine?handler=Accept", new Dictionary<string, string> { ["placeId"] = secondPlace.ToString() }, tokenFrom: "/courses/mine")).StatusCode);
        Assert.Equal(PlaceStatus.Enrolled, await app.WithDbAsync(db => db.CoursePlaces.Where(p => p.Id == secondPlace).Select(p => p.Status).SingleAsync()));

        // The register: only once a week has started; someone not on the course refused; two of three weeks completes it.
        var facilitator = await SignedInAsync(facilitatorPerson);
        var notYet = await facilitator.PostFormAsync($"/courses/cohorts/{cohortId}/register/1", new Dictionary<string, string> { ["Present"] = secondPlace.ToString() }, tokenFrom: $"/courses/cohorts/{cohortId}/register/1");
        Assert.Contains("has not happened yet", await notYet.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"/courses/cohorts/{cohortId}/register/4")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"/courses/cohorts/{cohortId}/register/0")).StatusCode);
        await app.WithDbAsync(db => db.Cohorts.Where(k => k.Id == cohortId).ExecuteUpdateAsync(s => s.SetProperty(k => k.StartsOn, UkTime.DateOf(app.Now).AddDays(-15))));
        var stranger = await facilitator.PostFormAsync($"/courses/cohorts/{cohortId}/register/1", new Dictionary<string, string> { ["Present"] = firstPlace.ToString() }, tokenFrom: $"/courses/cohorts/{cohortId}/register/1");
        Assert.Contains("not on this course", await stranger.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.CourseAttendance.AnyAsync(a => a.PlaceId == firstPlace || a.PlaceId == secondPlace)));
        await facilitator.PostFormAsync($"/courses/cohorts/{cohortId}/register/1", new Dictionary<string, string> { ["Present"] = secondPlace.ToString() }, tokenFrom: $"/courses/cohorts/{cohortId}/register/1");
        await facilitator.PostFormAsync($"/courses/cohorts/{cohortId}/register/2", new Dictionary<string, string>(), tokenFrom: $"/courses/cohorts/{cohortId}/register/2");
        Assert.Null(await app.WithDbAsync(db => db.CoursePlaces.Where(p => p.Id == secondPlace).Select(p => p.CompletedAt).SingleAsync()));
        var mine = await secondBrowser.GetStringAsync("/courses/mine");
        Assert.Contains("You missed this week", mine);
        Assert.Contains("playfulness, acceptance, curiosity, empathy", mine);
        await facilitator.PostFormAsync($"/courses/cohorts/{cohortId}/register/3", new Dictionary<string, string> { ["Present"] = secondPlace.ToString() }, tokenFrom: $"/courses/cohorts/{cohortId}/register/3");
        Assert.NotNull(await app.WithDbAsync(db => db.CoursePlaces.Where(p => p.Id == secondPlace).Select(p => p.CompletedAt).SingleAsync()));
        Assert.Contains("2 of 3", await secondBrowser.GetStringAsync($"/courses/places/{secondPlace}/certificate"));
        Assert.Equal(HttpStatusCode.NotFound, (await firstBrowser.GetAsync($"/courses/places/{secondPlace}/certificate")).StatusCode);

        // Weekly feedback and the end measures went to the family through the outcomes work.
        var secondFamily = await app.WithDbAsync(db => db.FamilyCarers.Where(c => c.UserId == second.Id).Select(c => c.FamilyId).SingleAsync());
        var points = await app.WithDbAsync(db => db.MeasuresDue.Where(d => d.FamilyId == secondFamily).Select(d => d.Point).ToListAsync());
        Assert.Contains($"cohort:{cohortId}:week:1", points);
        Assert.DoesNotContain($"cohort:{cohortId}:week:2", points);
        Assert.Contains($"cohort:{cohortId}:week:3", points);

        // Another organisation's staff cannot open the cohort or its register.
        var outsider = await SignedInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/courses/cohorts/{cohortId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/courses/cohorts/{cohortId}/register/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/courses/manage/course/{courseId}")).StatusCode);
    }

    [Fact]
    public async Task Bad_course_and_cohort_input_is_a_message_and_saves_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        foreach (var (weeks, minimum, message) in new[] { ("-1", "1", "How many weeks"), ("27", "1", "How many weeks"), ("eight", "1", "How many weeks"), ("8", "9", "Weeks to complete it"), ("8", "0", "Weeks to complete it") })
        {
            var title = $"Bad {Guid.NewGuid():N}"[..20];
            var refused = await admin.PostFormAsync("/courses/manage/course", CourseForm(org.Id, title, weeks, minimum), tokenFrom: "/courses/manage/course");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, await refused.Content.ReadAsStringAsync());
            Assert.False(await app.WithDbAsync(db => db.Courses.AnyAsync(c => c.Title == title)));
        }
        var form = CourseForm(org.Id, "Too many weeks described", "2", "1");
        var tooMany = await admin.PostFormAsync("/courses/manage/course", form, tokenFrom: "/courses/manage/course");
        Assert.Contains("3 weeks described and the course has 2", await tooMany.Content.ReadAsStringAsync());

        var (courseId, _) = await PublishAsync(admin, org, await app.CreateStaffAsync(org, Role.Clinician), $"Good {Guid.NewGuid():N}"[..20], "10", UkTime.DateOf(app.Now).AddDays(7));
        foreach (var (starts, capacity, link, message) in new[] { ("9999-01-01", "10", "", "two years ahead"), ("2020-01-01", "10", "", "two years ahead"), ("", "10", "", "date of the first meeting"), ("2027-01-05", "-1", "", "Places"), ("2027-01-05", "0", "", "Places"), ("2027-01-05", "10", "javascript:alert(1)", "https://") })
        {
            var refused = await admin.PostFormAsync($"/courses/manage/course/{courseId}/cohorts/new", new Dictionary<string, string>
            {
                ["Input.StartsOn"] = starts,
                ["Input.StartTime"] = "19:00",
                ["Input.EndTime"] = "18:00",
                ["Input.Capacity"] = capacity,
                ["Input.VenueName"] = "Hall",
                ["Input.OnlineLink"] = link,
            }, tokenFrom: $"/courses/manage/course/{courseId}/cohorts/new");
            var body = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, body);
            Assert.Contains("end after it starts", body);
            Assert.Contains("at least one facilitator", body);
        }
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.CountAsync(k => k.CourseId == courseId)));
    }

    [Fact]
    public async Task An_advanced_course_needs_the_foundation_completed_and_a_course_without_self_enrolment_comes_through_a_plan()
    {
        var ready = await app.ReadyToBookAsync();
        var org = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => db.Memberships.Any(m => m.UserId == ready.Clinician.Id && m.OrganisationId == o.Id)));
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var (foundationId, _) = await PublishAsync(admin, org, ready.Clinician, $"Foundation {Guid.NewGuid():N}"[..25], "10", UkTime.DateOf(app.Now).AddDays(7));
        var (advancedId, advancedCohort) = await PublishAsync(admin, org, ready.Clinician, $"Advanced {Guid.NewGuid():N}"[..25], "10", UkTime.DateOf(app.Now).AddDays(7));
        await app.WithDbAsync(db => db.Courses.Where(c => c.Id == advancedId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PrerequisiteCourseId, foundationId)));

        var refused = await ready.Family.PostFormAsync($"/courses/{advancedId}?handler=Join", new Dictionary<string, string> { ["cohortId"] = advancedCohort.ToString() }, tokenFrom: $"/courses/{advancedId}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("before this course", await refused.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.CoursePlaces.AnyAsync(p => p.CohortId == advancedCohort)));

        // Not open to self-enrolment: the page says how places are given, and a post is refused.
        await app.WithDbAsync(db => db.Courses.Where(c => c.Id == foundationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.SelfEnrol, false)));
        var foundationCohort = await app.WithDbAsync(db => db.Cohorts.Where(k => k.CourseId == foundationId).Select(k => k.Id).SingleAsync());
        var notSelf = await ready.Family.PostFormAsync($"/courses/{foundationId}?handler=Join", new Dictionary<string, string> { ["cohortId"] = foundationCohort.ToString() }, tokenFrom: $"/courses/{foundationId}");
        Assert.Contains("through a support plan or a referral", await notSelf.Content.ReadAsStringAsync());

        // The care team gives the plan's group course item its cohort.
        var planId = await app.WithDbAsync(db => db.SupportPlans.Where(p => p.FamilyId == ready.FamilyId).Select(p => p.Id).SingleAsync());
        var item = new PlanItem { PlanId = planId, Kind = PlanItemKind.GroupCourse, Funding = FundingRoute.SelfFunded, Cost = 0 };
        await app.WithDbAsync(db => { db.PlanItems.Add(item); return db.SaveChangesAsync(); });
        var choose = $"/staff/families/{ready.FamilyId}/plans/{planId}/items/{item.Id}/cohort";
        var outsider = await SignedInAsync(await app.CreateStaffAsync(org, Role.Clinician));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(choose)).StatusCode);
        Assert.Contains("Which dates?", await ready.Staff.GetStringAsync(choose));
        var given = await ready.Staff.PostFormAsync(choose, new Dictionary<string, string> { ["cohortId"] = foundationCohort.ToString() }, tokenFrom: choose);
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Equal(foundationCohort, await app.WithDbAsync(db => db.PlanItems.Where(i => i.Id == item.Id).Select(i => i.CohortId).SingleAsync()));
        var place = await app.WithDbAsync(db => db.CoursePlaces.SingleAsync(p => p.CohortId == foundationCohort));
        Assert.Equal((ready.Parent.Id, ready.FamilyId, item.Id, PlaceStatus.Enrolled), (place.UserId, place.FamilyId!.Value, place.PlanItemId!.Value, place.Status));
        // Once chosen, the item's page is gone: it cannot be given a second cohort.
        Assert.Equal(HttpStatusCode.NotFound, (await ready.Staff.GetAsync(choose)).StatusCode);
    }
}

public sealed class CoursePagesTestsOnSqlite(SqliteApp app) : CoursePagesTests<SqliteApp>(app);

public sealed class CoursePagesTestsOnPostgres(PostgresApp app) : CoursePagesTests<PostgresApp>(app);
