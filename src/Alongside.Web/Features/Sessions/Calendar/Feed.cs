using Alongside.Web.Features.Sessions;

namespace Alongside.Web.Features.Sessions.Calendar;

/// <summary>
/// The secret calendar feed a phone subscribes to. The token in the address is the only key, so
/// it is long and random, stored as a hash, and resettable; the feed holds times and how to join,
/// nothing clinical.
/// </summary>
public static class Feed
{
    public const int MaxEvents = 500;

    public static void MapCalendarFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{token}.ics", async (string token, AlongsideDbContext db, TimeProvider clock) =>
        {
            var hash = SecretTokens.Hash(token);
            var userId = await db.CalendarFeeds.Where(f => f.TokenHash == hash).Select(f => (Guid?)f.UserId).SingleOrDefaultAsync();
            if (userId is null) return Results.NotFound();
            var now = clock.GetUtcNow();
            var from = now.AddDays(-60);
            var to = now.AddDays(400);
            var familyIds = db.FamilyIdsCaredForBy(userId.Value);
            var entries = await db.Sessions
                .Where(s => (familyIds.Contains(s.FamilyId) || s.ClinicianUserId == userId) && s.StartsAt >= from && s.StartsAt < to)
                .OrderBy(s => s.StartsAt).Take(MaxEvents)
                .Select(s => new CalendarEntry(s.Id, s.Kind, s.StartsAt, s.EndsAt,
                    s.ClinicianUserId == userId ? "a family" : s.Clinician!.DisplayName,
                    s.Mode, s.VideoLink, s.Place, s.Status == SessionStatus.CancelledByFamily || s.Status == SessionStatus.CancelledByService, s.CalendarSequence))
                .ToListAsync();
            return Results.Text(SessionCalendar.Build(entries, await CourseMeetingsAsync(db, userId.Value, now)), "text/calendar; charset=utf-8");
        }).AllowAnonymous().RequireRateLimiting(Infrastructure.Security.RateLimits.TokenLinks)
        .WithName("CalendarFeed").WithTags("Calendar")
        .WithSummary("A person's sessions and course meetings as an iCalendar feed")
        .WithDescription($"From 60 days back to 400 days ahead, at most {MaxEvents} sessions. The token in the address is the only key: keep it secret, and reset it from the sessions page if it is shared.")
        .Produces<string>(StatusCodes.Status200OK, "text/calendar")
        .Produces(StatusCodes.Status404NotFound, contentType: "text/html")
        .Produces(StatusCodes.Status429TooManyRequests, contentType: "text/plain");

    /// <summary>Each week of the courses the person has a place on or runs, from 60 days back.</summary>
    private static async Task<List<CourseMeetingEntry>> CourseMeetingsAsync(AlongsideDbContext db, Guid userId, DateTimeOffset now)
    {
        var since = UkTime.DateOf(now).AddDays(-60 - (7 * 26));
        var cohorts = await db.Cohorts
            .Where(k => k.CancelledAt == null && k.StartsOn >= since
                && (db.CoursePlaces.Any(p => p.CohortId == k.Id && p.UserId == userId && p.Status == PlaceStatus.Enrolled) || k.Facilitators.Any(f => f.UserId == userId)))
            .OrderBy(k => k.StartsOn).Take(50)
            .Select(k => new { k.Id, k.StartsOn, k.StartTime, k.EndTime, k.VenueName, k.VenueAddress, k.OnlineLink, k.Course!.Title, k.Course.Weeks })
            .ToListAsync();
        return cohorts.SelectMany(k => Enumerable.Range(1, k.Weeks).Select(w => new CourseMeetingEntry(k.Id, w, k.Title,
                CohortMeetings.StartOf(k.StartsOn, k.StartTime, w), CohortMeetings.EndOf(k.StartsOn, k.StartTime, k.EndTime, w),
                k.VenueName is null ? null : string.Join(", ", new[] { k.VenueName, k.VenueAddress }.Where(x => x is not null)), k.OnlineLink)))
            .Where(m => m.StartsAt >= now.AddDays(-60)).Take(MaxEvents).ToList();
    }
}
