using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Notices;

/// <summary>
/// Delivers queued email. Several app instances may run this: each claims a message with a
/// conditional update before sending it, so a message goes once.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    OutgoingMail mail,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await DispatchDueAsync(stoppingToken);
                if (sent > 0) continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox dispatch failed; will try again");
            }
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends what is due now. Returns how many messages were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<EmailTransport>();
        var now = clock.GetUtcNow();

        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now
                        && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Take(settings.BatchSize)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);

        var attempted = 0;
        foreach (var id in due)
        {
            var claimUntil = now.AddSeconds(settings.ClaimSeconds);
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, claimUntil), cancellationToken);
            if (claimed == 0) continue;

            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            attempted++;
            await SendOneAsync(db, transport, message, cancellationToken);
        }
        return attempted;
    }

    private async Task SendOneAsync(AlongsideDbContext db, EmailTransport transport, OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempts = message.Attempts + 1;
        try
        {
            await transport.SendAsync(mail.Build(message), cancellationToken);
            var sentAt = clock.GetUtcNow();
            await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, (string?)null), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failedNow = clock.GetUtcNow();
            var giveUp = attempts >= settings.MaxAttempts;
            var error = ex.GetType().Name + ": " + ex.Message;
            if (error.Length > 2000) error = error[..2000];
            logger.LogWarning("Email {MessageId} attempt {Attempt} failed: {Error}", message.Id, attempts, error);
            await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.NextAttemptAt, failedNow + settings.RetryDelay(attempts))
                .SetProperty(m => m.FailedAt, giveUp ? failedNow : null), cancellationToken);
        }
    }
}
