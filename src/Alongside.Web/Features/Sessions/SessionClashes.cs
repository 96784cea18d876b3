namespace Alongside.Web.Features.Sessions;

/// <summary>Why a wanted time cannot be booked: the clinician's own session then, or a time kept for another family until <see cref="HeldUntil"/>.</summary>
public sealed record SessionClash(DateTimeOffset Start, DateTimeOffset? HeldUntil)
{
    public string Message => HeldUntil is { } until
        ? $"{TimeDisplay.Format(Start)} is being kept until {TimeDisplay.Format(until)} for a family who asked to hear about an earlier time. Choose another time."
        : $"You already have a session at {TimeDisplay.Format(Start)}. Choose another time.";
}

public static class SessionClashes
{
    /// <summary>
    /// The first of these times that clashes with a session the clinician already has, leaving out
    /// the sessions being moved, or with a time held for another family off the earlier-time list
    /// (two queries). A staff booking honours the hold the family was promised.
    /// </summary>
    public static async Task<SessionClash?> FirstClashAsync(AlongsideDbContext db, Guid clinicianId, IReadOnlyList<Span> wanted, IReadOnlyCollection<Guid> moving, Guid familyId, DateTimeOffset now)
    {
        if (wanted.Count == 0) return null;
        var from = wanted.Min(w => w.Start);
        var to = wanted.Max(w => w.End);
        var booked = await db.Sessions
            .Where(s => s.ClinicianUserId == clinicianId && s.Status == SessionStatus.Booked && s.StartsAt < to && s.EndsAt > from && !moving.Contains(s.Id))
            .Select(s => new Span(s.StartsAt, s.EndsAt)).ToListAsync();
        if (wanted.FirstOrDefault(w => booked.Any(b => b.Overlaps(w.Start, w.End))) is { } taken) return new SessionClash(taken.Start, null);
        // A held slot is as long as a booking's; the earliest it can start and still overlap is a length before the first wanted time.
        var length = wanted[0].End - wanted[0].Start;
        var heldFrom = from - length;
        var held = await db.EarlierTimeHolds
            .Where(h => h.ClinicianUserId == clinicianId && h.FamilyId != familyId && h.ExpiresAt > now && h.StartsAt < to && h.StartsAt > heldFrom)
            .Select(h => new { h.StartsAt, h.ExpiresAt }).ToListAsync();
        return held.Where(h => wanted.Any(w => w.Overlaps(h.StartsAt, h.StartsAt + length))).OrderBy(h => h.StartsAt)
            .Select(h => new SessionClash(h.StartsAt, h.ExpiresAt)).FirstOrDefault();
    }
}
