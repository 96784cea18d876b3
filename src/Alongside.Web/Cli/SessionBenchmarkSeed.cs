
namespace Alongside.Web.Cli;

/// <summary>
/// `seed --sessions`: a year of sessions for the demo clinician (six months back, six ahead, three a
/// weekday, leaving 11am free: with the buffer, an hour next to a session is not offered), 200 of them Sam's family's, so the booking page, the
/// family's sessions page, the diary and the calendar feed can be measured at scale (bench/).
/// </summary>
public static class SessionBenchmarkSeed
{
    public const int FamilySessions = 200;

    public static async Task<int> AddYearAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var clinician = await db.Users.Where(u => u.Email == "clinician@alongside.test").Select(u => u.Id).SingleAsync();
        var sams = await db.Families.Where(f => f.Name == "Sam's family").Select(f => f.Id).SingleAsync();
        var other = await db.Families.Where(f => f.Name == "Jordan's family").Select(f => f.Id).SingleAsync();
        if (await db.Sessions.AnyAsync(s => s.ClinicianUserId == clinician)) return 0;

        // Sam's plan is agreed with room for every session, so booking stays open.
        await db.SupportPlans.Where(p => p.FamilyId == sams).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Agreed));
        await db.PlanItems.Where(i => i.Kind == PlanItemKind.ParentingSupportSessions && db.SupportPlans.Any(p => p.Id == i.PlanId && p.FamilyId == sams))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Sessions, 10_000));

        var zone = TimeDisplay.London;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        int[] hours = [9, 13, 16];
        var sessions = new List<Session>();
        for (var date = today.AddDays(-183); date <= today.AddDays(182); date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            foreach (var hour in hours)
            {
                if (Features.Sessions.SlotRules.ToInstant(date, new TimeOnly(hour, 0), zone) is not { } start) continue;
                sessions.Add(new Session
                {
                    ClinicianUserId = clinician,
                    Kind = SessionKind.ParentingSupport,
                    StartsAt = start,
                    EndsAt = start.AddHours(1),
                    Mode = DeliveryMode.Online,
                    Status = start < now ? SessionStatus.Attended : SessionStatus.Booked,
                    BookedByUserId = clinician,
                    CreatedAt = now,
                    FamilyId = other,
                });
            }
        }
        // Every fourth session is Sam's family's, up to 200, spread across the year.
        foreach (var session in sessions.Where((_, i) => i % 4 == 0).Take(FamilySessions)) session.FamilyId = sams;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in sessions.Chunk(1000))
        {
            db.Sessions.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return sessions.Count;
    }
}
