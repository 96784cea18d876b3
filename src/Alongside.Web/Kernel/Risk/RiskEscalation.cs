using Microsoft.Extensions.Options;

namespace Alongside.Web.Kernel.Risk;

/// <summary>Climbs the ladder for alerts nobody has acknowledged in time. Each scan is idempotent.</summary>
public sealed class RiskEscalation(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RiskOptions> options, ILogger<RiskEscalation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RiskAlerts>().EscalateDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Escalating risk alerts failed; will try again");
            }
            try { await Task.Delay(TimeSpan.FromSeconds(options.Value.ScanSeconds), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
