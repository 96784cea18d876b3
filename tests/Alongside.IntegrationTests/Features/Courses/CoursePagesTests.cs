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
    public async Task Only_an_admin_cancels_dates_once_they_confirm_and_everyone_on_them_is_told_and_their_places_end()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var facilitatorPerson = await app.CreateStaffAsync(org, Role.Clinician);
        var (courseId, cohortId) = await PublishAsync(admin, org, facilitatorPerson, $"Cancelled {Guid.NewGuid():N}"[..25], "1", UkTime.DateOf(app.Now).AddDays(14));
        var (holder, _) = await app.CreateParentAsync();
        var (waiter, _) = await app.CreateParentAsync();
        foreach (var person in new[] { holder, waiter })
        {
            var parent = await SignedInAsync(person);
            await parent.PostFormAsync($"/courses/{courseId}?handler=Join", new Dictionary<string, string> { ["cohortId"] = cohortId.ToString() }, tokenFrom: $"/courses/{courseId}");
        }
        var page = $"/courses/cohorts/{cohortId}";
        var facilitator = await SignedInAsync(facilitatorPerson);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.PostFormAsync($"{page}?handler=Cancel", new Dictionary<string, string> { ["confirm"] = "true" }, tokenFrom: page)).StatusCode);
        var unconfirmed = await admin.PostFormAsync($"{page}?handler=Cancel", new Dictionary<string, string>(), tokenFrom: page);
        Assert.Contains("Tick the box", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Null(await app.WithDbAsync(db => db.Cohorts.Where(k => k.Id == cohortId).Select(k => k.CancelledAt).SingleAsync()));

        var outboxBefore = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"{page}?handler=Cancel", new Dictionary<string, string> { ["confirm"] = "true" }, tokenFrom: page)).StatusCode);
        var cohort = await app.WithDbAsync(db => db.Cohorts.SingleAsync(k => k.Id == cohortId));
        Assert.NotNull(cohort.CancelledAt);
        Assert.Equal(0, cohort.PlacesHeld);
        Assert.All(await app.WithDbAsync(db => db.CoursePlaces.Where(p => p.CohortId == cohortId).Select(p => p.Status).ToListAsync()), s => Assert.Equal(PlaceStatus.Withdrawn, s));
        Assert.Equal(outboxBefore + 2, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Contains("There are no dates for this course yet", await app.NewBrowser().GetStringAsync($"/courses/{courseId}"));
    }

    [Fact]
    public async Task More_places_go_at_once_to_the_people_waiting_and_fewer_than_are_taken_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var first = await app.CreateStaffAsync(org, Role.Clinician);
        var second = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var (courseId, cohortId) = await PublishAsync(admin, org, first, $"Grows {Guid.NewGuid():N}"[..25], "1", UkTime.DateOf(app.Now).AddDays(14));
        var parents = new List<Person>();
        for (var n = 0; n < 3; n++)
        {
            var (person, _) = await app.CreateParentAsync();
            parents.Add(person);
            var parent = await SignedInAsync(person);
            await parent.PostFormAsync($"/courses/{courseId}?handler=Join", new Dictionary<string, string> { ["cohortId"] = cohortId.ToString() }, tokenFrom: $"/courses/{courseId}");
        }
        var edit = $"/courses/cohorts/{cohortId}/edit";
        Dictionary<string, string> Form(string capacity, Guid facilitator) => new() { ["Input.Capacity"] = capacity, ["Input.VenueName"] = "The Barn", ["Input.Facilitators"] = facilitator.ToString() };

        var tooFew = await admin.PostFormAsync(edit, Form("0", first.Id), tokenFrom: edit);
        Assert.Contains("Places: a whole number from 1 to 200", await tooFew.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(edit, Form("3", second.Id), tokenFrom: edit)).StatusCode);
        var statuses = await app.WithDbAsync(db => db.CoursePlaces.Where(p => p.CohortId == cohortId).OrderBy(p => p.JoinedAt).Select(p => p.Status).ToListAsync());
        Assert.Equal([PlaceStatus.Enrolled, PlaceStatus.Offered, PlaceStatus.Offered], statuses);
        var cohort = await app.WithDbAsync(db => db.Cohorts.Include(k => k.Facilitators).SingleAsync(k => k.Id == cohortId));
        Assert.Equal((3, 3, "The Barn"), (cohort.Capacity, cohort.PlacesHeld, cohort.VenueName));
        Assert.Equal([second.Id], cohort.Facilitators.Select(f => f.UserId));

        // Three are taken or on offer: two places is refused and nothing changes.
        var below = await admin.PostFormAsync(edit, Form("2", second.Id), tokenFrom: edit);
        Assert.Contains("cannot be fewer places than that", await below.Content.ReadAsStringAsync());
        Assert.Equal(3, await app.WithDbAsync(db => db.Cohorts.Where(k => k.Id == cohortId).Select(k => k.Capacity).SingleAsync()));

        // The facilitator taken off no longer runs it; another organisation's admin cannot change it.
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignedInAsync(first)).GetAsync($"/courses/cohorts/{cohortId}")).StatusCode);
        var outsider = await SignedInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(edit)).StatusCode);
    }

    [Fact]
    public async Task Closing_an_account_gives_up_its_place_to_the_next_person_waiting_and_the_download_holds_the_places()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var (courseId, cohortId) = await PublishAsync(admin, org, await app.CreateStaffAsync(org, Role.Clinician), $"Leaving {Guid.NewGuid():N}"[..25], "1", UkTime.DateOf(app.Now).AddDays(14));
        var (leaver, _) = await app.CreateParentAsync();
        var (waiter, _) = await app.CreateParentAsync();
        var leaverBrowser = await SignedInAsync(leaver);
        foreach (var browser in new[] { leaverBrowser, await SignedInAsync(waiter) })
            await browser.PostFormAsync($"/courses/{courseId}?handler=Join", new Dictionary<string, string> { ["cohortId"] = cohortId.ToString() }, tokenFrom: $"/courses/{courseId}");

        var download = await leaverBrowser.PostFormAsync("/family/my-data", new Dictionary<string, string>(), tokenFrom: "/family/my-data");
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync())))
        using (var reader = new StreamReader(zip.GetEntry("data.json")!.Open()))
        {
            var data = await reader.ReadToEndAsync();
            Assert.Contains("\"coursePlaces\"", data);
            Assert.Contains("Leaving", data);
        }

        var closed = await leaverBrowser.PostFormAsync("/account/close", new Dictionary<string, string> { ["Input.Password"] = leaver.Password }, tokenFrom: "/account/close");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var places = await app.WithDbAsync(db => db.CoursePlaces.Where(p => p.CohortId == cohortId).ToDictionaryAsync(p => p.UserId, p => p.Status));
        Assert.Equal(PlaceStatus.Withdrawn, places[leaver.Id]);
        Assert.Equal(PlaceStatus.Offered, places[waiter.Id]);
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.Where(k => k.Id == cohortId).Select(k => k.PlacesHeld).SingleAsync()));
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
