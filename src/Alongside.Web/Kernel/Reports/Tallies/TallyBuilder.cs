using Alongside.Web.Infrastructure;

namespace Alongside.Web.Kernel.Reports.Tallies;

/// <summary>
/// Keeps the tallies: every few minutes, each provider's closed months that were never built or
/// were marked since are counted again from the records, newest first, a bounded number a scan.
/// Each month is built in one transaction that removes only the marks it read first, so a change
/// saved while it counted leaves its mark and the month is built again. Two instances building the
/// same month read one snapshot each: the later to write fails, on its keys or (PostgreSQL) with a
/// serialization error, and rolls back; nothing is counted twice or left out of date.
/// </summary>
public sealed class TallyBuilder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TallyBuilder> logger)
    : PeriodicScan(clock, logger)
{
    /// <summary>Months built at most in one scan: 0.8 to 0.9 s each for a provider with 100,000 families (28.7 s for 36 months).</summary>
    public const int MonthsPerScan = 24;

    protected override string What => "Building report tallies";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(2);

    protected override async Task ScanAsync(CancellationToken stoppingToken) => await RunOnceAsync(MonthsPerScan, stoppingToken);

    /// <summary>Builds up to <paramref name="limit"/> months that need it; returns how many it built.</summary>
    public async Task<int> RunOnceAsync(int limit, CancellationToken cancellationToken = default)
    {
        var built = 0;
        foreach (var (org, month) in await DueAsync(limit, cancellationToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await BuildMonthAsync(scope.ServiceProvider.GetRequiredService<AlongsideDbContext>(), org, month, cancellationToken);
            built++;
        }
        return built;
    }

    /// <summary>Closed months with sessions at each provider that have no tallies, or marks since they were built; newest first.</summary>
    private async Task<List<(Guid Organisation, DateOnly Month)>> DueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var thisMonth = TallyMarker.MonthOf(Clock.GetUtcNow());
        var due = new List<(Guid, DateOnly)>();
        // Every provider's fresh months in one query.
        var fresh = (await db.TalliedMonths.Where(t => !db.TallyMarks.Any(m => m.OrganisationId == t.OrganisationId && m.Month == t.Month))
            .Select(t => new { t.OrganisationId, t.Month }).ToListAsync(cancellationToken)).Select(t => (t.OrganisationId, t.Month)).ToHashSet();
        foreach (var org in await db.Organisations.Select(o => o.Id).ToListAsync(cancellationToken))
        {
            // Each provider's first session by its index, rather than grouping every session.
            if (await db.Sessions.Where(s => s.OrganisationId == org).MinAsync(s => (DateTimeOffset?)s.StartsAt, cancellationToken) is not { } first) continue;
            for (var month = thisMonth.AddMonths(-1); month >= TallyMarker.MonthOf(first); month = month.AddMonths(-1))
            {
                if (!fresh.Contains((org, month))) due.Add((org, month));
            }
        }
        return [.. due.OrderByDescending(d => d.Item2).Take(limit)];
    }

    /// <summary>Counts one provider's month again from the records, replacing its tallies, in one transaction.</summary>
    public async Task BuildMonthAsync(AlongsideDbContext db, Guid org, DateOnly month, CancellationToken cancellationToken)
    {
        var (start, end) = (UkTime.StartOfDay(month), UkTime.StartOfDay(month.AddMonths(1)));
        if (end > Clock.GetUtcNow()) throw new ArgumentOutOfRangeException(nameof(month), month, "Only a month that is over can be tallied");
        // One snapshot (repeatable read): a second instance building the same month at once fails on PostgreSQL
        // rather than, in read committed, deleting the first one's rows after it committed and writing its own older count.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        // The marks first: any change saved after this read leaves its own mark for the next build.
        var marks = await db.TallyMarks.Where(m => m.OrganisationId == org && m.Month == month).Select(m => m.Id).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.Where(s => s.OrganisationId == org && s.StartsAt >= start && s.StartsAt < end)
            .GroupBy(s => new { s.FamilyId, s.Status, s.LateCancellation, s.Kind, s.Mode })
            .Select(g => new { g.Key.FamilyId, g.Key.Status, g.Key.LateCancellation, g.Key.Kind, g.Key.Mode, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // As FeedbackSection counts: the month's session-feedback responses about this provider's sessions, their rated answers.
        var feedback = await db.MeasureResponses
            .Where(r => r.InstrumentId == MeasureSchedule.SessionFeedback && r.AnsweredAt >= start && r.AnsweredAt < end
                        && db.Sessions.Any(s => s.Id == r.SessionId && s.OrganisationId == org))
            .Join(db.MeasureAnswers.Where(a => a.Value != null), r => r.Id, a => a.ResponseId, (r, a) => new { r.FamilyId, a.Item, a.Value })
            .GroupBy(x => new { x.FamilyId, x.Item })
            .Select(g => new { g.Key.FamilyId, g.Key.Item, Count = g.Count(), Sum = g.Sum(x => (long)x.Value!.Value) })
            .ToListAsync(cancellationToken);

        var cohortOf = await CohortsAsync(db, org, [.. sessions.Select(s => s.FamilyId).Concat(feedback.Select(f => f.FamilyId)).Distinct()], cancellationToken);
        await db.SessionTallies.Where(t => t.OrganisationId == org && t.Month == month).ExecuteDeleteAsync(cancellationToken);
        await db.FeedbackTallies.Where(t => t.OrganisationId == org && t.Month == month).ExecuteDeleteAsync(cancellationToken);
        await db.TalliedMonths.Where(t => t.OrganisationId == org && t.Month == month).ExecuteDeleteAsync(cancellationToken);
        db.SessionTallies.AddRange(sessions.GroupBy(s => (Cohort: cohortOf[s.FamilyId], s.Status, s.LateCancellation, s.Kind, s.Mode))
            .Select(g => new SessionTally
            {
                OrganisationId = org,
                Month = month,
                CohortId = g.Key.Cohort,
                Status = g.Key.Status,
                LateCancellation = g.Key.LateCancellation,
                Kind = g.Key.Kind,
                Mode = g.Key.Mode,
                Count = g.Sum(s => s.Count),
            }));
        db.FeedbackTallies.AddRange(feedback.GroupBy(f => (Cohort: cohortOf[f.FamilyId], f.Item))
            .Select(g => new FeedbackTally { OrganisationId = org, Month = month, CohortId = g.Key.Cohort, Item = g.Key.Item, Count = g.Sum(f => f.Count), Sum = g.Sum(f => f.Sum) }));
        db.TalliedMonths.Add(new TalliedMonth { OrganisationId = org, Month = month, BuiltAt = Clock.GetUtcNow() });
        await db.TallyMarks.Where(m => marks.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Each family's cohort at the provider, as its referrals there stand now; cohorts not seen before are added.</summary>
    private static async Task<Dictionary<Guid, Guid>> CohortsAsync(AlongsideDbContext db, Guid org, List<Guid> families, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.Where(r => r.OrganisationId == org && EF.Parameter(families).Contains(r.FamilyId))
            .Select(r => new { r.FamilyId, r.ServiceId, r.FundingRoute, r.LocalAuthorityCode, r.CommissionerOrganisationId })
            .ToListAsync(cancellationToken);
        var keyOf = referrals.GroupBy(r => r.FamilyId)
            .ToDictionary(g => g.Key, g => CohortKey.Of(g.Select(r => new CohortPart(r.ServiceId, r.FundingRoute, r.LocalAuthorityCode, r.CommissionerOrganisationId))));
        var empty = CohortKey.Of([]);
        var known = await db.TallyCohorts.Where(c => c.OrganisationId == org).ToDictionaryAsync(c => c.Key, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var cohortOf = new Dictionary<Guid, Guid>();
        foreach (var family in families)
        {
            var key = keyOf.GetValueOrDefault(family, empty);
            if (!known.TryGetValue(key, out var id))
            {
                var cohort = new TallyCohort { OrganisationId = org, Key = key };
                db.TallyCohorts.Add(cohort);
                known[key] = id = cohort.Id;
            }
            cohortOf[family] = id;
        }
        return cohortOf;
    }
}
