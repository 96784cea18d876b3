using Alongside.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// Offering freed slots to families on a clinician's earlier-time list. A slot that frees (a
/// cancellation or a move, by the family or the service) goes to the first joined request it
/// would help and that can take it (a session to move, or one left on the plan), held for them for <see cref="SessionOptions.EarlierTimeHoldMinutes"/>; the hold
/// keeps it out of everyone else's free times. Conditional updates and the unique index on the
/// hold mean two app instances never offer one slot twice, nor one request two slots.
/// </summary>
public static class EarlierTimes
{
    /// <summary>
    /// Offers each freed start that is still free (and so in the booking window, an hour or more
    /// ahead, and not held) to the first waiting request it helps. Call after the change that
    /// freed it is saved. Returns how many were offered.
    /// </summary>
    public static async Task<int> OfferFreedAsync(AlongsideDbContext db, Notices notices, SessionOptions options, Guid clinicianId, IEnumerable<DateTimeOffset> freed, DateTimeOffset now)
    {
        var starts = freed.Distinct().ToList();
        var earliest = starts.Count == 0 ? now : starts.Min();
        if (starts.Count == 0 || !await db.EarlierTimeRequests.AnyAsync(r => r.ClinicianUserId == clinicianId && r.Status == EarlierTimeStatus.Waiting && r.Beat > earliest))
        {
            return 0;
        }
        var free = await ClinicianSlots.FreeAsync(db, clinicianId, options, now);
        var offered = 0;
        foreach (var slot in starts.Where(free.Contains).OrderBy(s => s))
        {
            if (await OfferAsync(db, notices, options, clinicianId, slot, now)) offered++;
        }
        return offered;
    }

    private static async Task<bool> OfferAsync(AlongsideDbContext db, Notices notices, SessionOptions options, Guid clinicianId, DateTimeOffset slot, DateTimeOffset now)
    {
        var waiting = await db.EarlierTimeRequests
            .Where(r => r.ClinicianUserId == clinicianId && r.Status == EarlierTimeStatus.Waiting && r.Beat > slot)
            .Select(r => new EarlierTimeRules.Candidate(r.Id, r.Beat, r.CreatedAt)).ToListAsync();
        foreach (var candidate in EarlierTimeRules.InOrder(waiting, slot))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            // Only while it is still waiting: another instance may have offered it something a moment ago.
            var taken = await db.EarlierTimeRequests.Where(r => r.Id == candidate.Id && r.Status == EarlierTimeStatus.Waiting)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, EarlierTimeStatus.Offered));
            if (taken == 0)
            {
                await transaction.RollbackAsync();
                continue;
            }
            var request = await db.EarlierTimeRequests.AsNoTracking().SingleAsync(r => r.Id == candidate.Id);
            // Their later session with this clinician, if it can still be moved: the offer moves it rather than booking another.
            var notBefore = now.AddHours(options.CancellationNoticeHours);
            var later = await db.Sessions
                .Where(s => s.FamilyId == request.FamilyId && s.ClinicianUserId == clinicianId && s.Status == SessionStatus.Booked && s.StartsAt > slot && s.StartsAt > notBefore)
                .OrderBy(s => s.StartsAt).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
            // A new booking needs a session left on the plan: holding a time the family could not book would only
            // keep it from the next in line. They stay on the list, for a time that can move their session.
            if (later is null && (await PlanAllowance.AllowanceAsync(db, request.FamilyId, request.Kind)).Remaining == 0)
            {
                await transaction.RollbackAsync();
                continue;
            }
            var expires = now.AddMinutes(options.EarlierTimeHoldMinutes);
            db.EarlierTimeHolds.Add(new EarlierTimeHold { RequestId = request.Id, FamilyId = request.FamilyId, ClinicianUserId = clinicianId, StartsAt = slot, ExpiresAt = expires });
            var clinician = await db.Users.Where(u => u.Id == clinicianId).Select(u => u.DisplayName).SingleAsync();
            await notices.SendAsync(await FamilyRecipients.CarersAsync(db, request.FamilyId),
                new EarlierTimeOfferedNotice(clinician, slot, expires, request.Kind, clinicianId, later));
            // The unique index on (clinician, start) refuses a second hold of the slot: nothing of this offer is kept.
            return await db.TrySaveAndCommitAsync(transaction);
        }
        return false;
    }

    /// <summary>
    /// Ends holds that ran out: the request they were for has expired, and the slot goes to the
    /// next in line if it is still free. Each hold is removed by one instance only. Returns how many ended.
    /// </summary>
    public static async Task<int> PassOnExpiredAsync(AlongsideDbContext db, Notices notices, SessionOptions options, DateTimeOffset now)
    {
        var expired = await db.EarlierTimeHolds.AsNoTracking().Where(h => h.ExpiresAt <= now).OrderBy(h => h.ExpiresAt).Take(100).ToListAsync();
        var ended = 0;
        foreach (var hold in expired)
        {
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                if (await db.EarlierTimeHolds.Where(h => h.Id == hold.Id && h.ExpiresAt <= now).ExecuteDeleteAsync() == 0) continue;
                await db.EarlierTimeRequests.Where(r => r.Id == hold.RequestId && r.Status == EarlierTimeStatus.Offered)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, EarlierTimeStatus.Expired).SetProperty(r => r.EndedAt, now));
                await transaction.CommitAsync();
            }
            ended++;
            await OfferFreedAsync(db, notices, options, hold.ClinicianUserId, [hold.StartsAt], now);
        }
        return ended;
    }

    /// <summary>
    /// In the caller's transaction, when a family books or moves into slots: an offer they held for
    /// one of them becomes Booked and the hold goes (one query when nothing was held).
    /// </summary>
    public static async Task TakeHoldAsync(AlongsideDbContext db, Guid familyId, Guid clinicianId, IReadOnlyCollection<DateTimeOffset> starts, DateTimeOffset now)
    {
        var held = await db.EarlierTimeHolds.Where(h => h.FamilyId == familyId && h.ClinicianUserId == clinicianId && starts.Contains(h.StartsAt))
            .Select(h => new { h.Id, h.RequestId }).ToListAsync();
        if (held.Count == 0) return;
        await TakeHeldAsync(db, [.. held.Select(h => h.Id)], [.. held.Select(h => h.RequestId)], now);
    }

    /// <summary>As <see cref="TakeHoldAsync"/>, for holds already read (<see cref="SlotCheck"/>).</summary>
    public static async Task TakeHeldAsync(AlongsideDbContext db, IReadOnlyCollection<Guid> holds, IReadOnlyCollection<Guid> requests, DateTimeOffset now)
    {
        await db.EarlierTimeRequests.Where(r => requests.Contains(r.Id) && r.Status == EarlierTimeStatus.Offered)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, EarlierTimeStatus.Booked).SetProperty(r => r.EndedAt, now));
        await db.EarlierTimeHolds.Where(h => holds.Contains(h.Id)).ExecuteDeleteAsync();
    }
}

/// <summary>Passes on offers whose hold ran out, on the reminder scan's interval.</summary>
public sealed class EarlierTimeExpiry(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SessionOptions> options, ILogger<EarlierTimeExpiry> logger)
    : PeriodicScan(clock, logger)
{
    protected override string What => "Passing on expired earlier-time offers";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ReminderScanSeconds);

    protected override Task ScanAsync(CancellationToken stoppingToken) => PassOnAsync();

    public async Task<int> PassOnAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var notices = scope.ServiceProvider.GetRequiredService<Notices>();
        return await EarlierTimes.PassOnExpiredAsync(db, notices, options.Value, Clock.GetUtcNow());
    }
}
