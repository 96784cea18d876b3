using Alongside.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Alongside.IntegrationTests.Kernel;

/// <summary>The app on a clock the test moves; the course sweep is taken out, so each test runs it itself.</summary>
internal static class CourseClock
{
    public static void Use(IWebHostBuilder builder, FakeTimeProvider clock) =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(CourseSweep)));
        });
}

public sealed class SqliteCourseApp : SqliteApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        CourseClock.Use(builder, Clock);
    }
}

public sealed class PostgresCourseApp : PostgresApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        CourseClock.Use(builder, Clock);
    }
}

public sealed record Learner(Guid Id, string Email);

public sealed record TestCohort(Guid Id, string Title, DateOnly StartsOn, TimeOnly StartTime)
{
    public DateTimeOffset FirstMeeting => CohortMeetings.StartOf(StartsOn, StartTime, 1);
    public string Offer => $"A place on {Title} is yours if you want it";
    public string Lapsed => $"The place on {Title} has passed on";
}

/// <summary>Courses, people and places made straight in the database, and each step taken in a scope of its own, as a separate request would.</summary>
internal static class CourseSteps
{
    public static async Task<TestCohort> CohortAsync(this AlongsideApp app, int capacity, int startsInDays = 14, int offerHours = 48, int weeks = 8, bool cancelled = false)
    {
        var org = await app.CreateOrganisationAsync();
        var course = new Course
        {
            OrganisationId = org.Id,
            Title = "Course " + Guid.NewGuid().ToString("N")[..8],
            Summary = "Weekly group for parents and carers.",
            WhoFor = "Adoptive parents",
            Audience = CourseAudience.ParentsAndCarers,
            Format = CourseFormat.InPerson,
            Weeks = weeks,
            CompletionMinimum = weeks,
            OfferHours = offerHours,
            SelfEnrol = true,
            CreatedAt = app.Now,
        };
        var cohort = new Cohort
        {
            CourseId = course.Id,
            OrganisationId = org.Id,
            StartsOn = UkTime.DateOf(app.Now).AddDays(startsInDays),
            StartTime = new TimeOnly(18, 0),
            EndTime = new TimeOnly(20, 0),
            Capacity = capacity,
            CreatedAt = app.Now,
            CancelledAt = cancelled ? app.Now : null,
        };
        await app.WithDbAsync(async db =>
        {
            db.Courses.Add(course);
            db.Cohorts.Add(cohort);
            return await db.SaveChangesAsync();
        });
        return new TestCohort(cohort.Id, course.Title, cohort.StartsOn, cohort.StartTime);
    }

    public static async Task<Learner[]> LearnersAsync(this AlongsideApp app, int count)
    {
        var users = Enumerable.Range(0, count).Select(_ => People.NewEmail("learner")).Select(email => new AppUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = "Learner",
            SecurityStamp = Guid.NewGuid().ToString(),
            CreatedAt = app.Now,
        }).ToList();
        await app.WithDbAsync(async db => { db.Users.AddRange(users); return await db.SaveChangesAsync(); });
        return [.. users.Select(u => new Learner(u.Id, u.Email!))];
    }

    public static Task<JoinOutcome> JoinAsync(this AlongsideApp app, TestCohort cohort, Learner who) =>
        app.WithScopeResultAsync(sp => sp.GetRequiredService<CohortPlaces>().JoinAsync(cohort.Id, who.Id, null, null, who.Id));

    public static Task<AcceptOutcome> AcceptAsync(this AlongsideApp app, Guid placeId, Learner who) =>
        app.WithScopeResultAsync(sp => sp.GetRequiredService<CohortPlaces>().AcceptAsync(placeId, who.Id));

    public static Task<bool> LeaveAsync(this AlongsideApp app, Guid placeId, Learner? onlyFor) =>
        app.WithScopeResultAsync(sp => sp.GetRequiredService<CohortPlaces>().LeaveAsync(placeId, onlyFor?.Id));

    public static Task<(int PassedOn, int Reminders)> SweepAsync(this AlongsideApp app) =>
        ActivatorUtilities.CreateInstance<CourseSweep>(app.Services).RunOnceAsync();

    public static Task<CoursePlace> PlaceAsync(this AlongsideApp app, TestCohort cohort, Learner who) =>
        app.WithDbAsync(db => db.CoursePlaces.AsNoTracking().SingleAsync(p => p.CohortId == cohort.Id && p.UserId == who.Id));

    public static Task<List<CoursePlace>> PlacesAsync(this AlongsideApp app, TestCohort cohort) =>
        app.WithDbAsync(db => db.CoursePlaces.AsNoTracking().Where(p => p.CohortId == cohort.Id).ToListAsync());

    public static Task<int> HeldAsync(this AlongsideApp app, TestCohort cohort) =>
        app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohort.Id).Select(c => c.PlacesHeld).SingleAsync());

    /// <summary>The subjects queued to someone, oldest first.</summary>
    public static async Task<List<string>> MailAsync(this AlongsideApp app, Learner who) =>
        [.. (await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == who.Email).Select(m => new { m.Subject, m.CreatedAt, m.Id }).ToListAsync()))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Select(m => m.Subject)];

    public static Task<int> MailCountAsync(this AlongsideApp app) => app.WithDbAsync(db => db.OutboxMessages.CountAsync());
}
