
namespace Alongside.Web.Features.Sessions;

public static class ClinicianSlots
{
    public static Task<bool> IsClinicianAsync(AlongsideDbContext db, Guid userId) =>
        db.Memberships.AnyAsync(m => m.UserId == userId && m.Role == Role.Clinician);

    /// <summary>
    /// A clinician's free slots over the booking window: four queries, then <see cref="SlotRules"/>.
    /// A slot held for a family from the earlier-time list (<see cref="EarlierTimes"/>) is left out
    /// until the hold ends, except for <paramref name="heldFor"/>, the families it may be held for.
    /// </summary>
    public static async Task<IReadOnlyList<DateTimeOffset>> FreeAsync(AlongsideDbContext db, Guid clinicianId, SessionOptions options, DateTimeOffset now, IQueryable<Guid>? heldFor = null)
    {
        var zone = TimeDisplay.London;
        var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var to = from.AddDays(options.BookingWindowDays);
        var hours = await db.WorkingHours.Where(h => h.ClinicianUserId == clinicianId)
            .Select(h => new WeeklyHours(h.Day, h.Start, h.End)).ToListAsync();
        var windowEnd = now.AddDays(options.BookingWindowDays + 2);
        var booked = await db.Sessions
            .Where(s => s.ClinicianUserId == clinicianId && s.Status == SessionStatus.Booked && s.StartsAt < windowEnd && s.EndsAt > now)
            .Select(s => new Span(s.StartsAt, s.EndsAt)).ToListAsync();
        var exceptions = await db.AvailabilityExceptions
            .Where(e => e.ClinicianUserId == clinicianId && e.StartsAt < windowEnd && e.EndsAt > now)
            .Select(e => new { e.Kind, Span = new Span(e.StartsAt, e.EndsAt) }).ToListAsync();
        var leave = exceptions.Where(e => e.Kind == AvailabilityExceptionKind.Leave).Select(e => e.Span).ToList();
        var extra = exceptions.Where(e => e.Kind == AvailabilityExceptionKind.Extra).Select(e => e.Span).ToList();
        var holds = db.EarlierTimeHolds.Where(h => h.ClinicianUserId == clinicianId && h.ExpiresAt > now && h.StartsAt < windowEnd);
        if (heldFor is not null) holds = holds.Where(h => !heldFor.Contains(h.FamilyId));
        var held = (await holds.Select(h => h.StartsAt).ToListAsync()).ToHashSet();
        var free = SlotRules.FreeSlots(new SlotQuery(hours, leave, extra, booked,
            TimeSpan.FromMinutes(options.LengthMinutes), TimeSpan.FromMinutes(options.BufferMinutes), from, to, zone, now.AddHours(1)));
        return held.Count == 0 ? free : free.Where(s => !held.Contains(s)).ToList();
    }
}
