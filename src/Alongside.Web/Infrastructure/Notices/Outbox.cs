
namespace Alongside.Web.Infrastructure.Notices;

/// <summary>
/// Queues email in the caller's unit of work: the message is saved, or not, with the change
/// that caused it. When it is committed, <see cref="OutboxCommitNotifier"/> wakes the dispatcher.
/// </summary>
public sealed class Outbox(AlongsideDbContext db, TimeProvider clock)
{
    /// <summary>Only <see cref="Notices"/> queues mail, so every email has its template.</summary>
    internal void Enqueue(string toAddress, string toName, string subject, string textBody, string? htmlBody = null)
    {
        var now = clock.GetUtcNow();
        db.OutboxMessages.Add(new OutboxMessage
        {
            ToAddress = toAddress,
            ToName = toName,
            Subject = subject,
            TextBody = textBody,
            HtmlBody = htmlBody,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}

/// <summary>Wakes the dispatcher early; it also polls, so a missed signal only delays.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try { _semaphore.Release(); }
            catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
