
namespace Alongside.Web.Features.Messages;

/// <summary>
/// Who reads a thread. A care team thread: the family's carers and the staff on its care team.
/// A peer support thread (one match): the family's carers always; the matched supporter while the
/// match is on; the supervisors of the match's organisation, to read only. Nobody else.
/// </summary>
public static class MessageAccess
{
    /// <summary>Threads the person reads (see <see cref="ThreadIds"/>).</summary>
    public static IQueryable<MessageThread> ThreadsFor(this AlongsideDbContext db, Guid userId)
    {
        var ids = db.ThreadIds(userId, supervised: true);
        return db.MessageThreads.Where(t => ids.Contains(t.Id));
    }

    /// <summary>
    /// Messages in threads the person writes in (those they read, less the peer threads a supervisor
    /// only reads over someone's shoulder), sent by someone else, after they last read the thread:
    /// the person's threads, then each one's messages through the (thread, sent) index.
    /// </summary>
    public static IQueryable<Message> UnreadFor(this AlongsideDbContext db, Guid userId)
    {
        var ids = db.ThreadIds(userId, supervised: false);
        return db.Messages.Where(m => ids.Contains(m.ThreadId) && m.SenderUserId != userId
            && !db.MessageThreadReads.Any(r => r.ThreadId == m.ThreadId && r.UserId == userId && r.ReadUpTo >= m.SentAt));
    }

    /// <summary>
    /// The ids of the threads a person reads, each way in found from the person's own rows and joined
    /// by UNION: the families they care for (carer index), then those families' threads; the families
    /// whose care team they are on, then those families' care team threads; the matches they support
    /// (and, with <paramref name="supervised"/>, supervise), then those matches' threads. As one
    /// query with OR, PostgreSQL read every thread and every read marker for it (100 to 343 ms for a
    /// parent's unread count at 100,000 families; 1 ms as a union).
    /// </summary>
    private static IQueryable<Guid> ThreadIds(this AlongsideDbContext db, Guid userId, bool supervised)
    {
        var cared = db.FamilyIdsCaredForBy(userId);
        var careTeam = db.CareTeamMembers.Where(c => c.UserId == userId).Select(c => c.FamilyId);
        var matches = db.PeerSupportRequests.On().Where(r => r.SupporterUserId == userId).Select(r => (Guid?)r.Id);
        if (supervised) matches = matches.Union(db.SupervisedMatches(userId).Select(r => (Guid?)r.Id));
        return db.MessageThreads.Where(t => cared.Contains(t.FamilyId)).Select(t => t.Id)
            .Union(db.MessageThreads.Where(t => t.PeerSupportRequestId == null && careTeam.Contains(t.FamilyId)).Select(t => t.Id))
            // By the match's id alone: asked "is not null" as well, PostgreSQL read every peer thread first.
            .Union(db.MessageThreads.Where(t => matches.Contains(t.PeerSupportRequestId)).Select(t => t.Id));
    }
}
