using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Alongside.Web.Kernel.Courses;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Features.Family;

/// <summary>
/// A family on a waiting list is offered support meanwhile on their start page: groups near the
/// place they give or online, a peer supporter, and parenting courses they can join themselves.
/// </summary>
public abstract class WhileYouWaitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<HttpClient> WaitingParentAsync()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        await app.CreateReferralAsync(org, familyId, ReferralStatus.WaitingList, waitingSince: app.Now.AddDays(-3));
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        return browser;
    }

    private async Task<Guid> GroupAsync(Organisation org, string name, GeoPoint? at, bool closed = false)
    {
        var group = new PeerGroup
        {
            OrganisationId = org.Id,
            Name = name,
            Description = "Test group",
            Audiences = GroupAudience.AdoptiveParents,
            Format = at is null ? GroupFormat.Online : GroupFormat.InPerson,
            Recurrence = "FREQ=WEEKLY;BYDAY=TU",
            FirstMeeting = new DateOnly(2026, 1, 13),
            StartTime = new TimeOnly(19, 0),
            EndTime = new TimeOnly(21, 0),
            Latitude = at?.Latitude,
            Longitude = at?.Longitude,
            District = at is null ? null : "M1",
            CreatedAt = app.Now,
            ClosedAt = closed ? app.Now : null,
        };
        await app.WithDbAsync(async db => { db.PeerGroups.Add(group); return await db.SaveChangesAsync(); });
        return group.Id;
    }

    /// <summary>A course with one cohort starting <paramref name="startsInDays"/> from today (UK), or none.</summary>
    private async Task<Guid> CourseAsync(Organisation org, string title, int? startsInDays, CourseAudience audience = CourseAudience.ParentsAndCarers,
        bool selfEnrol = true, bool retired = false, bool cancelled = false, Guid? prerequisite = null)
    {
        var course = new Course
        {
            OrganisationId = org.Id,
            Title = title,
            Summary = "Eight evenings on therapeutic parenting",
            WhoFor = "Adoptive parents and special guardians",
            Audience = audience,
            Format = CourseFormat.Online,
            Weeks = 8,
            CompletionMinimum = 6,
            SelfEnrol = selfEnrol,
            PrerequisiteCourseId = prerequisite,
            CreatedAt = app.Now,
            RetiredAt = retired ? app.Now : null,
        };
        await app.WithDbAsync(async db =>
        {
            db.Courses.Add(course);
            if (startsInDays is { } days)
            {
                db.Cohorts.Add(new Cohort
                {
                    CourseId = course.Id,
                    OrganisationId = org.Id,
                    StartsOn = UkTime.DateOf(app.Now).AddDays(days),
                    StartTime = new TimeOnly(19, 0),
                    EndTime = new TimeOnly(21, 0),
                    Capacity = 12,
                    CreatedAt = app.Now,
                    CancelledAt = cancelled ? app.Now : null,
                });
            }
            return await db.SaveChangesAsync();
        });
        return course.Id;
    }

    [Fact]
    public async Task A_family_on_a_waiting_list_is_offered_groups_a_peer_supporter_and_courses_meanwhile()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var m1 = app.Services.GetRequiredService<PostcodeDistricts>().Find("M1")!.Point;
        var nearest = await GroupAsync(org, "Nearest group", m1);
        var next = await GroupAsync(org, "Next nearest group", new GeoPoint(m1.Latitude + 0.02, m1.Longitude));
        var leeds = await GroupAsync(org, "Leeds group", app.Services.GetRequiredService<PostcodeDistricts>().Find("LS1")!.Point);
        var closed = await GroupAsync(org, "Closed group", m1, closed: true);
        var online = await GroupAsync(org, "Online group", null);

        var soonest = await CourseAsync(org, "Soonest course", 5);
        var later = await CourseAsync(org, "Later course", 10);
        var third = await CourseAsync(org, "Third course", 20);
        var hidden = new[]
        {
            await CourseAsync(org, "Fourth course", 30), // only three are shown
            await CourseAsync(org, "Staff places only", 3, selfEnrol: false),
            await CourseAsync(org, "Supporter training", 3, audience: CourseAudience.PeerSupporterTraining),
            await CourseAsync(org, "Retired course", 3, retired: true),
            await CourseAsync(org, "Cancelled course", 3, cancelled: true),
            await CourseAsync(org, "Started course", 0), // starts today: not after today
            await CourseAsync(org, "No cohort course", null),
            await CourseAsync(org, "Advanced course", 2, prerequisite: soonest), // the foundation course is not done
        };

        var family = await WaitingParentAsync();
        var page = Html.Parse(await family.GetPageAsync("/family"));
        Assert.Equal("While you wait", page.Text("#while-you-wait"));
        Assert.Equal([$"/groups/{online}"], page.Links("/groups/")); // no place given: online groups only
        Assert.Equal(["/family/peer-support"], page.QuerySelector("section[aria-labelledby='while-you-wait']")!.Links("/family/peer-support"));
        Assert.Equal([$"/courses/{soonest}", $"/courses/{later}", $"/courses/{third}"], page.Links("/courses/"));
        Assert.All(hidden, id => Assert.DoesNotContain($"/courses/{id}", page.Links("/courses/")));

        var nearM1 = Html.Parse(await family.GetPageAsync("/family?near=M1"));
        Assert.Equal([$"/groups/{nearest}", $"/groups/{next}", $"/groups/{online}"], nearM1.Links("/groups/"));
        Assert.DoesNotContain($"/groups/{leeds}", nearM1.Links("/groups/")); // too far
        Assert.DoesNotContain($"/groups/{closed}", nearM1.Links("/groups/"));
        Assert.Equal("M1", nearM1.Value("#near"));
        Assert.Contains("/groups?near=M1", nearM1.Links("/groups?"));

        // A full postcode goes no further than the redirect to its district.
        Assert.Equal("/family?near=M1", Browser.Location(await family.GetAsync("/family?near=M1%201AA")));
        // A place not found, or far too long, is a message beside the box; the page still offers what it can.
        var unknown = await family.GetPageAsync("/family?near=ZZ99");
        Assert.Contains("We could not find the postcode district ZZ99", unknown);
        Assert.Contains($"/groups/{online}", unknown);
        Assert.Contains("100 characters or fewer", await family.GetPageAsync($"/family?near={new string('x', 300)}"));
    }

    [Fact]
    public async Task A_family_not_waiting_sees_no_panel()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        await app.CreateReferralAsync(org, familyId, ReferralStatus.Accepted);
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        var page = await family.GetPageAsync("/family");
        Assert.DoesNotContain("While you wait", page);
        Assert.Empty(Html.Parse(page).Links("/courses/"));
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync("/family?near=M1")).StatusCode);
    }
}

public sealed class WhileYouWaitTestsOnSqlite(SqliteApp app) : WhileYouWaitTests<SqliteApp>(app);

public sealed class WhileYouWaitTestsOnPostgres(PostgresApp app) : WhileYouWaitTests<PostgresApp>(app);
