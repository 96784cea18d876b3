
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
    /// How many messages are unread in the threads the person writes in (those they read, less the
    /// peer threads a supervisor only reads over someone's shoulder): in each of the person's threads,
    /// the messages someone else sent after the person's read marker, counted through the
    /// (thread, sent) index. Counted thread by thread, so the work follows the person's own threads:
    /// as one join of every message against the read markers, PostgreSQL's estimate of the threads
    /// (113,689 where the demo parent has none) led it to read all 227,240 read markers, 28 to 43 ms
    /// of every page showing the count at 100,000 families.
    /// </summary>
    public static Task<int> UnreadCountAsync(this AlongsideDbContext db, Guid userId) =>
        db.ThreadIds(userId, supervised: false)
            .Select(id => db.Messages.Count(m => m.ThreadId == id && m.SenderUserId != userId
                && m.SentAt > (db.MessageThreadReads.Where(r => r.ThreadId == id && r.UserId == userId)
                    .Select(r => (DateTimeOffset?)r.ReadUpTo).FirstOrDefault() ?? DateTimeOffset.MinValue)))
            .SumAsync();

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
