using Microsoft.Extensions.Options;

namespace Alongside.Web.Kernel.Rights;

/// <summary>
/// One retention run: every <see cref="IRetentionSweep"/> in order, in batches, counting what
/// went. Idempotent: a second run straight after finds nothing more to delete.
/// </summary>
public sealed class Retention(AlongsideDbContext db, IEnumerable<IRetentionSweep> sweeps, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<Retention> logger)
{
    public const int BatchSize = 500;

    /// <summary>At most this many batches of one kind a run (500,000 rows); the next day's run goes on.</summary>
    public const int MaxBatchesPerRun = 1000;

    public async Task<IReadOnlyDictionary<string, int>> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var cutoffs = RetentionCutoffs.At(clock.GetUtcNow(), options.Value);
        var counts = new Dictionary<string, int>();
        foreach (var sweep in sweeps.OrderBy(s => s.Order))
        {
            var total = 0;
            for (var batch = 0; batch < MaxBatchesPerRun; batch++)
            {
                var deleted = await sweep.DeleteBatchAsync(db, cutoffs, BatchSize, cancellationToken);
                total += deleted;
                if (deleted < BatchSize) break;
            }
            counts[sweep.What] = total;
            logger.LogInformation("Retention: deleted {Count} {What}", total, sweep.What);
        }
        return counts;
    }
}

/// <summary>Runs <see cref="Retention"/> once soon after start and then once a day. A failed run is logged and tried again the next day.</summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionJob> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Every = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = FirstRunAfter;
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await Task.Delay(wait, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
            wait = Every;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<Retention>().RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The retention run failed; it will run again tomorrow");
            }
        }
    }
}
