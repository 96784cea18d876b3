namespace Alongside.Web.Features.Sessions;

/// <summary>
/// The one home of "a session counts against the plan": a session takes one from the agreed plan
/// item of its kind when it is booked, and gives it back when the service cancels it or the family
/// cancels in good time. Attended, did-not-attend and late cancellations keep counting.
/// </summary>
public static class PlanAllowance
{
    public sealed record Allowance(Guid? ItemId, int Remaining);

    /// <summary>Whether a session in this state uses up a session of the plan.</summary>
    public static bool Counts(SessionStatus status, bool lateCancellation) => status switch
    {
        SessionStatus.CancelledByService => false,
        SessionStatus.CancelledByFamily => lateCancellation,
        _ => true,
    };

    /// <summary>Sessions left in the agreed plans of these families, by kind of session.</summary>
    public static async Task<IReadOnlyDictionary<SessionKind, int>> RemainingByKindAsync(AlongsideDbContext db, IQueryable<Guid> familyIds)
    {
        var items = await AgreedItems(db, familyIds).Select(i => new { i.Kind, Left = i.Sessions!.Value - i.SessionsUsed }).ToListAsync();
        return Enum.GetValues<SessionKind>().ToDictionary(k => k,
            k => items.Where(i => i.Kind == SessionKinds.PlanItem(k)).Sum(i => Math.Max(0, i.Left)));
    }

    /// <summary>The agreed plan item a kind of session counts against, and how many are left on it.</summary>
    public static async Task<Allowance> AllowanceAsync(AlongsideDbContext db, Guid familyId, SessionKind kind)
    {
        var itemKind = SessionKinds.PlanItem(kind);
        var item = await AgreedItems(db, db.Families.Where(f => f.Id == familyId).Select(f => f.Id))
            .Where(i => i.Kind == itemKind)
            .OrderByDescending(i => i.Sessions!.Value - i.SessionsUsed)
            .Select(i => new { i.Id, Remaining = i.Sessions!.Value - i.SessionsUsed }).FirstOrDefaultAsync();
        return item is null ? new Allowance(null, 0) : new Allowance(item.Id, Math.Max(0, item.Remaining));
    }

    /// <summary>The plan item a session was counted against, and the organisation whose plan it is (the session's organisation).</summary>
    public sealed record Taken(Guid ItemId, Guid OrganisationId);

    /// <summary>
    /// Takes one session of this kind from the family's agreed plan, only while one is left (a
    /// conditional update, so two bookings cannot both take the last). Null when none is left.
    /// Call inside the booking's transaction.
    /// </summary>
    public static async Task<Taken?> TakeOneAsync(AlongsideDbContext db, Guid familyId, SessionKind kind)
    {
        var itemKind = SessionKinds.PlanItem(kind);
        var item = await AgreedItems(db, db.Families.Where(f => f.Id == familyId).Select(f => f.Id))
            .Where(i => i.Kind == itemKind && i.Sessions > i.SessionsUsed)
            .Select(i => new Taken(i.Id, db.SupportPlans.Where(p => p.Id == i.PlanId).Select(p => p.OrganisationId).First()))
            .FirstOrDefaultAsync();
        if (item is null) return null;
        var taken = await db.PlanItems.Where(i => i.Id == item.ItemId && i.Sessions > i.SessionsUsed)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.SessionsUsed, i => i.SessionsUsed + 1));
        return taken == 0 ? null : item;
    }

    /// <summary>
    /// Takes one session from an item already read as having room (<see cref="SlotCheck"/>), by the same
    /// conditional update; if another booking took its last a moment ago, looks again as <see cref="TakeOneAsync"/>.
    /// </summary>
    public static async Task<Taken?> TakeOneAsync(AlongsideDbContext db, Guid familyId, SessionKind kind, Taken? read)
    {
        if (read is null) return null;
        // Read before the transaction, so the plan is asked again to be agreed still (not replaced or ended since).
        var taken = await db.PlanItems.Where(i => i.Id == read.ItemId && i.Sessions > i.SessionsUsed
                && db.SupportPlans.Any(p => p.Id == i.PlanId && p.Status == PlanStatus.Agreed))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.SessionsUsed, i => i.SessionsUsed + 1));
        return taken == 1 ? read : await TakeOneAsync(db, familyId, kind);
    }

    /// <summary>Counts sessions a clinician booked (past the plan only with a recorded reason).</summary>
    public static Task TakeAsync(AlongsideDbContext db, Guid itemId, int count) =>
        db.PlanItems.Where(i => i.Id == itemId).ExecuteUpdateAsync(s => s.SetProperty(i => i.SessionsUsed, i => i.SessionsUsed + count));

    /// <summary>Gives sessions back to the plan item they were counted against, never below zero.</summary>
    public static Task GiveBackAsync(AlongsideDbContext db, Guid itemId, int count = 1) =>
        db.PlanItems.Where(i => i.Id == itemId && i.SessionsUsed > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.SessionsUsed, i => i.SessionsUsed >= count ? i.SessionsUsed - count : 0));

    // From the family's plans to their items, so the plan's family index leads: asked the other way round,
    // SQLite walked every plan item of every family.
    private static IQueryable<PlanItem> AgreedItems(AlongsideDbContext db, IQueryable<Guid> familyIds) =>
        from p in db.SupportPlans
        where familyIds.Contains(p.FamilyId) && p.Status == PlanStatus.Agreed
        join i in db.PlanItems on p.Id equals i.PlanId
        where i.Sessions != null
        select i;
}
