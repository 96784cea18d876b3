namespace Alongside.Web.Kernel.Rights;

/// <summary>
/// One kind of row the daily retention run deletes once it has expired. Each call deletes at most
/// <c>batchSize</c> rows in one statement and returns how many; the run calls again while batches
/// come back full. A run that finds nothing expired deletes nothing, so runs can repeat safely.
/// Audit entries are never swept: they are append-only, and the database refuses to delete them.
/// </summary>
public interface IRetentionSweep
{
    /// <summary>What the rows are, for the log ("ended sign-in sessions").</summary>
    string What { get; }

    /// <summary>Lower runs first: closed accounts go last, after what may still name them.</summary>
    int Order => 0;

    Task<int> DeleteBatchAsync(AlongsideDbContext db, RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken);
}

internal sealed class EndedSessionsSweep : IRetentionSweep
{
    public string What => "ended sign-in sessions";

    public Task<int> DeleteBatchAsync(AlongsideDbContext db, RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken)
    {
        var batch = db.UserSessions.Where(RetentionRules.ExpiredSessions(cutoffs)).OrderBy(s => s.EndedAt).Take(batchSize).Select(s => s.Id);
        return db.UserSessions.Where(s => batch.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}

internal sealed class SentEmailSweep : IRetentionSweep
{
    public string What => "sent or failed emails";

    public Task<int> DeleteBatchAsync(AlongsideDbContext db, RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken)
    {
        var batch = db.OutboxMessages.Where(RetentionRules.ExpiredEmails(cutoffs)).OrderBy(m => m.CreatedAt).Take(batchSize).Select(m => m.Id);
        return db.OutboxMessages.Where(m => batch.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}

internal sealed class ClosedAccountSweep : IRetentionSweep
{
    public string What => "closed accounts nothing names any more";

    public int Order => 100;

    public Task<int> DeleteBatchAsync(AlongsideDbContext db, RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken)
    {
        var batch = db.Users.FromSqlRaw(UserReferences.UnreferencedUsersSql(db))
            .Where(RetentionRules.ClosedAccountsDue(cutoffs)).OrderBy(u => u.ClosedAt).Take(batchSize).Select(u => u.Id);
        return db.Users.Where(u => u.ClosedAt != null && batch.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
