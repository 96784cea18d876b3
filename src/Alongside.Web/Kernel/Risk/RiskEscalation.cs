using Alongside.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Kernel.Risk;

/// <summary>Climbs the ladder for alerts nobody has acknowledged in time. Each scan is idempotent.</summary>
public sealed class RiskEscalation(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RiskOptions> options, ILogger<RiskEscalation> logger)
    : PeriodicScan(clock, logger)
{
    protected override string What => "Escalating risk alerts";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ScanSeconds);

    protected override async Task ScanAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RiskAlerts>().EscalateDueAsync(stoppingToken);
    }
}
