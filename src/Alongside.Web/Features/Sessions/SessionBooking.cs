
namespace Alongside.Web.Features.Sessions;

/// <summary>What clinicians' bookings share: the plan allowance and clashes with booked sessions.</summary>
public static class SessionBooking
{
    public sealed record Allowance(Guid? ItemId, int Remaining);

    /// <summary>The agreed plan item a kind of session counts against, and how many are left on it.</summary>
    public static async Task<Allowance> AllowanceAsync(AlongsideDbContext db, Guid familyId, SessionKind kind)
    {
        var itemKind = SessionKinds.PlanItem(kind);
        var item = await db.PlanItems
            .Where(i => i.Kind == itemKind && i.Sessions != null
                        && db.SupportPlans.Any(p => p.Id == i.PlanId && p.FamilyId == familyId && p.Status == PlanStatus.Agreed))
            .OrderByDescending(i => i.Sessions!.Value - i.SessionsUsed)
            .Select(i => new { i.Id, Remaining = i.Sessions!.Value - i.SessionsUsed }).FirstOrDefaultAsync();
        return item is null ? new Allowance(null, 0) : new Allowance(item.Id, Math.Max(0, item.Remaining));
    }

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
