
namespace Alongside.Web.Features.Messages;

/// <summary>
/// Who reads a thread. A care team thread: the family's carers and the staff on its care team.
/// A peer support thread (one match): the family's carers always; the matched supporter while the
/// match is on; the supervisors of the match's organisation, to read only. Nobody else.
/// </summary>
public static class MessageAccess
{
    /// <summary>
    /// Threads the person reads: the families come from the person's own rows (carer and care team
    /// indexes), then their threads by family; a peer thread through its match.
    /// </summary>
    public static IQueryable<MessageThread> ThreadsFor(this AlongsideDbContext db, Guid userId)
    {
        var cared = db.FamilyIdsCaredForBy(userId);
        var careTeam = db.CareTeamMembers.Where(c => c.UserId == userId).Select(c => c.FamilyId);
        var supporting = db.PeerSupportRequests.On().Where(r => r.SupporterUserId == userId).Select(r => r.Id);
        var supervised = db.SupervisedMatches(userId).Select(r => r.Id);
        return db.MessageThreads.Where(t => cared.Contains(t.FamilyId)
            || (t.PeerSupportRequestId == null && careTeam.Contains(t.FamilyId))
            || (t.PeerSupportRequestId != null && (supporting.Contains(t.PeerSupportRequestId.Value) || supervised.Contains(t.PeerSupportRequestId.Value))));
    }

    /// <summary>
    /// Threads the person writes in, for the unread count: as <see cref="ThreadsFor"/> but without the
    /// peer threads a supervisor only reads over someone's shoulder.
    /// </summary>
    public static IQueryable<MessageThread> ThreadsWrittenBy(this AlongsideDbContext db, Guid userId)
    {
        var cared = db.FamilyIdsCaredForBy(userId);
        var careTeam = db.CareTeamMembers.Where(c => c.UserId == userId).Select(c => c.FamilyId);
        var supporting = db.PeerSupportRequests.On().Where(r => r.SupporterUserId == userId).Select(r => r.Id);
        return db.MessageThreads.Where(t => cared.Contains(t.FamilyId)
            || (t.PeerSupportRequestId == null && careTeam.Contains(t.FamilyId))
            || (t.PeerSupportRequestId != null && supporting.Contains(t.PeerSupportRequestId.Value)));
    }

    /// <summary>
    /// Messages in threads the person writes in, sent by someone else, after they last read the thread:
    /// each of the person's threads, then its messages through the (thread, sent) index.
    /// </summary>
    public static IQueryable<Message> UnreadFor(this AlongsideDbContext db, Guid userId) =>
        from t in db.ThreadsWrittenBy(userId)
        from m in db.Messages.Where(m => m.ThreadId == t.Id)
        where m.SenderUserId != userId
            && !db.MessageThreadReads.Any(r => r.ThreadId == t.Id && r.UserId == userId && r.ReadUpTo >= m.SentAt)
        select m;
}
