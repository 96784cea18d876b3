
namespace Alongside.Web.Features.Messages;

/// <summary>Who reads a thread: the family's carers, and the staff on the family's care team. Nobody else.</summary>
public static class MessageAccess
{
    public static IQueryable<MessageThread> ThreadsFor(this AlongsideDbContext db, Guid userId)
    {
        var families = db.FamilyIdsCaredForBy(userId);
        return db.MessageThreads.Where(t => families.Contains(t.FamilyId)
            || db.CareTeamMembers.Any(c => c.FamilyId == t.FamilyId && c.UserId == userId));
    }

    /// <summary>Messages in threads the person reads, sent by someone else, after they last read the thread.</summary>
    public static IQueryable<Message> UnreadFor(this AlongsideDbContext db, Guid userId) =>
        db.Messages.Where(m => m.SenderUserId != userId
            && db.ThreadsFor(userId).Any(t => t.Id == m.ThreadId)
            && !db.MessageThreadReads.Any(r => r.ThreadId == m.ThreadId && r.UserId == userId && r.ReadUpTo >= m.SentAt));
}
