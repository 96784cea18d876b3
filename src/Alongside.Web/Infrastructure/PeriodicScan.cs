namespace Alongside.Web.Infrastructure;

/// <summary>
/// A background job that scans now and then: <see cref="ScanAsync"/> runs, a failure is logged
/// and tried again at the next scan, then the job waits <see cref="Interval"/> on the app's clock
/// (so tests can move time on). Each scan must be safe with several app instances running it at
/// once; that is the job's own business (conditional updates, claims).
/// </summary>
public abstract class PeriodicScan(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The app's clock, for the scan's own "now".</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>The scan's log, for what it reports beyond a failed scan.</summary>
    protected ILogger Logger { get; } = logger;

    /// <summary>What the scan does, for the log: "Queuing session reminders".</summary>
    protected abstract string What { get; }

    /// <summary>How long to wait after a scan; read afresh each time, so a changed setting applies.</summary>
    protected abstract TimeSpan Interval { get; }

    protected abstract Task ScanAsync(CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogError(ex, "{What} failed; will try again", What);
            }
            // Clamped: a mistaken setting must not stop the host (timers cap out near 49 days).
            var wait = TimeSpan.FromSeconds(Math.Clamp(Interval.TotalSeconds, 1, TimeSpan.FromDays(30).TotalSeconds));
            try { await Task.Delay(wait, Clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
