using System.Data;
using System.Data.Common;
using Alongside.Web.Infrastructure;

namespace Alongside.Web.Kernel.Care.WaitingTallies;

/// <summary>
/// Keeps the waiting tallies: every few seconds, each organisation never built or marked since is
/// counted again from its referrals, in one transaction that removes only the marks it read first, so
/// a change saved while it counted leaves its mark and the organisation is built again. The
/// transaction reads one snapshot (repeatable read), so of two instances building one organisation
/// at once the later to write fails, on PostgreSQL with a serialization error or on the
/// <see cref="WaitingListBuild"/> key; SQLite lets only one write at a time. The one that failed
/// leaves the other's tallies, taken from its own snapshot and its own marks, in place.
/// </summary>
public sealed class WaitingTallyBuilder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WaitingTallyBuilder> logger)
    : PeriodicScan(clock, logger)
{
    /// <summary>
    /// Leavers kept: the rate window and a day. Days before a reader's window are never read; the
    /// records fill any day not kept, so the day spare only keeps places fast for a reader whose
    /// window starts before the build's, until the next build.
    /// </summary>
    private static readonly TimeSpan LeftKept = WaitingListRules.RateWindow + TimeSpan.FromDays(1);

    protected override string What => "Building waiting-list tallies";

    // Short: while an organisation is marked its places are counted from the records, which is right but slower.
    protected override TimeSpan Interval => TimeSpan.FromSeconds(10);

    protected override async Task ScanAsync(CancellationToken stoppingToken) => await RunOnceAsync(everyOrganisation: false, stoppingToken);

    /// <summary>Builds every organisation that needs it (or, after a bulk load, every one); returns how many it built.</summary>
    public async Task<int> RunOnceAsync(bool everyOrganisation, CancellationToken cancellationToken = default)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
            due = await db.Organisations
                .Where(o => everyOrganisation || !db.WaitingListBuilds.Any(b => b.OrganisationId == o.Id) || db.WaitingListMarks.Any(m => m.OrganisationId == o.Id))
                .Select(o => o.Id).ToListAsync(cancellationToken);
        }
        var built = 0;
        foreach (var org in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                if (await BuildAsync(scope.ServiceProvider.GetRequiredService<AlongsideDbContext>(), org, onlyIfDue: !everyOrganisation, cancellationToken)) built++;
            }
            catch (Exception ex) when (ex is DbException or DbUpdateException)
            {
                // Most often another instance building the same organisation at once; the rest of the scan goes on.
                Logger.LogWarning(ex, "Building the waiting tallies of organisation {Organisation} failed; will try again", org);
            }
        }
        return built;
    }

    /// <summary>
    /// Counts one organisation's waiting list and recent leavers again, replacing its tallies, in one
    /// transaction; with <paramref name="onlyIfDue"/>, only if it is still marked or was never built
    /// (another instance, or an earlier scan, may have built it since it was found due).
    /// </summary>
    public async Task<bool> BuildAsync(AlongsideDbContext db, Guid org, bool onlyIfDue, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var leftFrom = WaitingTallyGrid.DayOf(now - LeftKept).Start;
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        // The marks first: any change saved after this read leaves its own mark for the next build.
        var marks = await db.WaitingListMarks.Where(m => m.OrganisationId == org).Select(m => m.Id).ToListAsync(cancellationToken);
        if (onlyIfDue && marks.Count == 0 && await db.WaitingListBuilds.AnyAsync(b => b.OrganisationId == org, cancellationToken)) return false;
        // As places read it: a referral naming a service that keeps its own list is on that list, any other on the shared one.
        var ownLists = (await db.Services.Where(s => s.OwnWaitingList).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        Guid? ListOf(Guid? service) => service is { } s && ownLists.Contains(s) ? s : null;
        var waiting = await db.Referrals.Where(r => r.OrganisationId == org && r.Status == ReferralStatus.WaitingList)
            .Select(r => new { r.ServiceId, r.Priority, r.WaitingSince }).ToListAsync(cancellationToken);
        var left = await db.Referrals.Where(r => r.OrganisationId == org && r.LeftWaitingListAt >= leftFrom)
            .Select(r => new { r.ServiceId, At = r.LeftWaitingListAt!.Value }).ToListAsync(cancellationToken);

        await db.WaitingTallies.Where(t => t.OrganisationId == org).ExecuteDeleteAsync(cancellationToken);
        await db.WaitingListBuilds.Where(b => b.OrganisationId == org).ExecuteDeleteAsync(cancellationToken);
        db.WaitingTallies.AddRange(waiting.GroupBy(w => (List: ListOf(w.ServiceId), w.Priority, Week: WaitingTallyGrid.WeekOf(w.WaitingSince)))
            .Select(g => Tally(org, g.Key.List, WaitingTallyKind.Waiting, g.Key.Priority, g.Key.Week, g.Count())));
        db.WaitingTallies.AddRange(left.GroupBy(l => (List: ListOf(l.ServiceId), Day: WaitingTallyGrid.DayOf(l.At)))
            .Select(g => Tally(org, g.Key.List, WaitingTallyKind.Left, 0, g.Key.Day, g.Count())));
        db.WaitingListBuilds.Add(new WaitingListBuild { OrganisationId = org, BuiltAt = now });
        await db.WaitingListMarks.Where(m => marks.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    private static WaitingTally Tally(Guid org, Guid? list, WaitingTallyKind kind, int priority, (DateTimeOffset Start, DateTimeOffset End) bucket, int count) =>
        new() { OrganisationId = org, ListServiceId = list, Kind = kind, Priority = priority, Start = bucket.Start, End = bucket.End, Count = count };
}
