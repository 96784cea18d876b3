namespace Alongside.Web.Features.Sessions;

public static class SessionClashes
{
    /// <summary>
    /// The first of these times that clashes with a session the clinician already has (one query),
    /// leaving out the sessions being moved.
    /// </summary>
    public static async Task<DateTimeOffset?> FirstClashAsync(AlongsideDbContext db, Guid clinicianId, IReadOnlyList<Span> wanted, IReadOnlyCollection<Guid> moving)
    {
        if (wanted.Count == 0) return null;
        var from = wanted.Min(w => w.Start);
        var to = wanted.Max(w => w.End);
        var booked = await db.Sessions
            .Where(s => s.ClinicianUserId == clinicianId && s.Status == SessionStatus.Booked && s.StartsAt < to && s.EndsAt > from && !moving.Contains(s.Id))
            .Select(s => new Span(s.StartsAt, s.EndsAt)).ToListAsync();
        return wanted.FirstOrDefault(w => booked.Any(b => b.Overlaps(w.Start, w.End)))?.Start;
    }
}
