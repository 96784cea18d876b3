
namespace Alongside.Web.Features.Messages;

/// <summary>Who reads a thread: the family's carers, and the staff on the family's care team. Nobody else.</summary>
public static class MessageAccess
{
    /// <summary>
    /// Threads of the families the person cares for or is on the care team of: the families come
    /// from the person's own rows (carer and care team indexes), then their threads by family.
    /// </summary>
    public static IQueryable<MessageThread> ThreadsFor(this AlongsideDbContext db, Guid userId)
    {
        var families = db.FamilyIdsCaredForBy(userId).Concat(db.CareTeamMembers.Where(c => c.UserId == userId).Select(c => c.FamilyId));
        return db.MessageThreads.Where(t => families.Contains(t.FamilyId));
    }

    /// <summary>
    /// Messages in threads the person reads, sent by someone else, after they last read the thread:
    /// each of the person's threads, then its messages through the (thread, sent) index.
    /// </summary>
    public static IQueryable<Message> UnreadFor(this AlongsideDbContext db, Guid userId) =>
        from t in db.ThreadsFor(userId)
        from m in db.Messages.Where(m => m.ThreadId == t.Id)
        where m.SenderUserId != userId
            && !db.MessageThreadReads.Any(r => r.ThreadId == t.Id && r.UserId == userId && r.ReadUpTo >= m.SentAt)
        select m;
}
