using Alongside.Web.Infrastructure;
namespace Alongside.Web.Kernel.Courses;

/// <summary>
/// Every minute: offers that ran out pass to the next person waiting, and each week's meeting
/// gets one reminder a day ahead to everyone with a place (a row per place and week, written in
/// the same transaction as the email).
/// </summary>
public sealed class CourseSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CourseSweep> logger)
    : PeriodicScan(clock, logger)
{
    public static readonly TimeSpan ReminderAhead = TimeSpan.FromHours(24);

    protected override string What => "The course sweep";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task ScanAsync(CancellationToken stoppingToken) => RunOnceAsync(stoppingToken);

    public async Task<(int PassedOn, int Reminders)> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var passed = await scope.ServiceProvider.GetRequiredService<CohortPlaces>().PassOnExpiredAsync();
        return (passed, await QueueRemindersAsync(scope.ServiceProvider, cancellationToken));
    }

    private async Task<int> QueueRemindersAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AlongsideDbContext>();
        var notices = services.GetRequiredService<Notices>();
        var now = Clock.GetUtcNow();
        var today = Clock.UkToday();
        // Cohorts under way or starting tomorrow: few at any time, so their weeks are worked out here.
        var running = await db.Cohorts.Where(c => c.CancelledAt == null && c.StartsOn <= today.AddDays(2))
            .Where(c => c.StartsOn.AddDays(7 * c.Course!.Weeks) >= today)
            .Select(c => new { c.Id, c.StartsOn, c.StartTime, c.Course!.Title, c.Course.Weeks }).Take(500).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var cohort in running)
        {
            var week = Enumerable.Range(1, cohort.Weeks).FirstOrDefault(w =>
                CohortMeetings.StartOf(cohort.StartsOn, cohort.StartTime, w) is var at && at > now && at <= now + ReminderAhead);
            if (week == 0) continue;
            var due = await db.CoursePlaces.Where(p => p.CohortId == cohort.Id && p.Status == PlaceStatus.Enrolled && p.User!.Email != null)
                .Where(p => !db.CourseReminders.Any(r => r.PlaceId == p.Id && r.Week == week))
                .Select(p => new { p.Id, p.User!.Email, p.User.DisplayName }).ToListAsync(cancellationToken);
            foreach (var place in due)
            {
                await notices.SendAsync(new Recipient(place.Email!, place.DisplayName), new CourseMeetingReminderNotice(cohort.Title, week, CohortMeetings.StartOf(cohort.StartsOn, cohort.StartTime, week)));
                db.CourseReminders.Add(new CourseReminder { PlaceId = place.Id, Week = week, SentAt = now });
                queued++;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return queued;
    }
}
