
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

    /// <summary>
    /// Of these addresses, those already sent this subject within the window (queued or sent): one
    /// query however many there are, through the (address, created) index.
    /// </summary>
    internal async Task<HashSet<string>> QueuedWithinAsync(IReadOnlyCollection<string> toAddresses, string subject, TimeSpan window)
    {
        if (toAddresses.Count == 0) return [];
        var since = clock.GetUtcNow() - window;
        var sent = await db.OutboxMessages.Where(m => toAddresses.Contains(m.ToAddress) && m.CreatedAt >= since && m.Subject == subject)
            .Select(m => m.ToAddress).Distinct().ToListAsync();
        return sent.ToHashSet(StringComparer.Ordinal);
    }
}
