using Alongside.Web.Infrastructure;

namespace Alongside.Web.Kernel.Care.WaitingTallies;

/// <summary>
/// Keeps the waiting tallies: every few seconds, each organisation never built or marked since is
/// counted again from its referrals, in one transaction that removes only the marks it read first, so
/// a change saved while it counted leaves its mark and the organisation is built again. Two instances
/// building one organisation collide on its <see cref="WaitingListBuild"/> key and one rolls back.
/// </summary>
public sealed class WaitingTallyBuilder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WaitingTallyBuilder> logger)
    : PeriodicScan(clock, logger)
{
    /// <summary>Leavers kept: the rate window and a day, whole days, so a reader's window never starts before them.</summary>
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
        foreach (var org in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            await BuildAsync(scope.ServiceProvider.GetRequiredService<AlongsideDbContext>(), org, cancellationToken);
        }
        return due.Count;
    }

    /// <summary>Counts one organisation's waiting list and recent leavers again, replacing its tallies, in one transaction.</summary>
    public async Task BuildAsync(AlongsideDbContext db, Guid org, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var leftFrom = WaitingTallyGrid.DayOf(now - LeftKept).Start;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The marks first: any change saved after this read leaves its own mark for the next build.
        var marks = await db.WaitingListMarks.Where(m => m.OrganisationId == org).Select(m => m.Id).ToListAsync(cancellationToken);
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
    }

    private static WaitingTally Tally(Guid org, Guid? list, WaitingTallyKind kind, int priority, (DateTimeOffset Start, DateTimeOffset End) bucket, int count) =>
        new() { OrganisationId = org, ListServiceId = list, Kind = kind, Priority = priority, Start = bucket.Start, End = bucket.End, Count = count };
}
