
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

    /// <summary>Whether this address was already sent this subject since the given time (queued or sent).</summary>
    internal Task<bool> QueuedSinceAsync(string toAddress, string subject, TimeSpan window)
    {
        var since = clock.GetUtcNow() - window;
        return db.OutboxMessages.AnyAsync(m => m.ToAddress == toAddress && m.CreatedAt >= since && m.Subject == subject);
    }
}
