namespace Alongside.Web.Features.Messages;

/// <summary>Moves a person's read marker on a thread, in the caller's unit of work.</summary>
public static class MessageReads
{
    /// <summary>
    /// Marks the thread read up to <paramref name="now"/>: an update of the person's marker when the
    /// caller's own read found one, else a new row, both saved with the caller's other changes (one
    /// save, so PostgreSQL sends them in one batch).
    /// </summary>
    public static void MarkRead(this AlongsideDbContext db, Guid threadId, Guid userId, bool hasMarker, DateTimeOffset now)
    {
        var marker = new MessageThreadRead { ThreadId = threadId, UserId = userId, ReadUpTo = now };
        if (!hasMarker)
        {
            db.MessageThreadReads.Add(marker);
            return;
        }
        db.MessageThreadReads.Attach(marker).Property(r => r.ReadUpTo).IsModified = true;
    }

    /// <summary>The same when the caller has not read whether there is a marker: one update, or a new row saved later.</summary>
    public static async Task MarkReadAsync(this AlongsideDbContext db, Guid threadId, Guid userId, DateTimeOffset now)
    {
        if (await db.MessageThreadReads.Where(r => r.ThreadId == threadId && r.UserId == userId).ExecuteUpdateAsync(r => r.SetProperty(x => x.ReadUpTo, now)) == 0)
        {
            db.MessageThreadReads.Add(new MessageThreadRead { ThreadId = threadId, UserId = userId, ReadUpTo = now });
        }
    }
}
