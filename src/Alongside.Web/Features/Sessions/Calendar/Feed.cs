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
                    s.Mode, s.VideoLink, s.Place, s.Status == SessionStatus.CancelledByFamily || s.Status == SessionStatus.CancelledByService))
                .ToListAsync();
            return Results.Text(SessionCalendar.Build(entries), "text/calendar; charset=utf-8");
        }).AllowAnonymous().RequireRateLimiting(Infrastructure.Security.RateLimits.TokenLinks);
}
