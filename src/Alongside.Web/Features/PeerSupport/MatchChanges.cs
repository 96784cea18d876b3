namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// What happens to a match after a coordinator proposes a supporter: the parent says yes or no,
/// and later either side (or a coordinator) ends it. Each change is one conditional update, so two
/// answers or two ends at the same moment change it once; the emails are queued in the same
/// transaction and go only when the change is saved. Callers have already found the request
/// through their own access-checked query; the conditions here repeat who may change it.
/// </summary>
public static class MatchChanges
{
    /// <summary>The parent says yes: the match starts and the supporter is told. False when there was no proposal to answer.</summary>
    public static async Task<bool> AcceptAsync(AlongsideDbContext db, Notices notices, Guid requestId, Guid parentId, DateTimeOffset now)
    {
        var mine = db.FamilyIdsCaredForBy(parentId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var accepted = await db.PeerSupportRequests.Where(r => r.Id == requestId && r.Status == PeerRequestStatus.Proposed && mine.Contains(r.FamilyId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, PeerRequestStatus.Matched).SetProperty(r => r.AcceptedAt, now));
        if (accepted == 0) return false;
        var supporterId = await db.PeerSupportRequests.Where(r => r.Id == requestId).Select(r => r.SupporterUserId).SingleAsync();
        var supporter = await db.Users.Where(u => u.Id == supporterId && u.Email != null).Select(u => new Recipient(u.Email!, u.DisplayName)).SingleOrDefaultAsync();
        if (supporter is not null) await notices.SendAsync(supporter, new SupporterMatchedNotice(requestId));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>
    /// The parent says no: the request is open again without that supporter, who is remembered so
    /// the ranking does not offer them again, and the coordinators are told to choose another.
    /// </summary>
    public static async Task<bool> DeclineAsync(AlongsideDbContext db, Notices notices, Guid requestId, Guid parentId, DateTimeOffset now)
    {
        var mine = db.FamilyIdsCaredForBy(parentId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var declined = await db.PeerSupportRequests.Where(r => r.Id == requestId && r.Status == PeerRequestStatus.Proposed && mine.Contains(r.FamilyId))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, PeerRequestStatus.Open)
                .SetProperty(r => r.DeclinedSupporterUserId, r => r.SupporterUserId)
                .SetProperty(r => r.SupporterUserId, (Guid?)null)
                .SetProperty(r => r.MatchedAt, (DateTimeOffset?)null)
                .SetProperty(r => r.MatchedByUserId, (Guid?)null)
                .SetProperty(r => r.MatchReason, (string?)null));
        if (declined == 0) return false;
        var request = await db.PeerSupportRequests.Where(r => r.Id == requestId).Select(r => new { r.OrganisationId, r.DeclinedSupporterUserId }).SingleAsync();
        var organisationId = request.OrganisationId;
        // Every supporter said no to is kept, not only the latest, so a second no never brings back the first.
        if (request.DeclinedSupporterUserId is { } supporter && !await db.PeerSupportDeclines.AnyAsync(d => d.RequestId == requestId && d.SupporterUserId == supporter))
            db.PeerSupportDeclines.Add(new PeerSupportDecline { RequestId = requestId, SupporterUserId = supporter, DeclinedAt = now });
        await notices.SendAsync(await FamilyRecipients.StaffAsync(db, organisationId, Role.Supervisor, Role.Admin), new ProposalDeclinedNotice(requestId));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>Who is ending a match, as the caller's query found them.</summary>
    public enum Ender
    {
        Parent,
        Supporter,
        Coordinator,
    }

    /// <summary>
    /// Ends a current match for a reason: closed, with when, by whom and why. The other side is
    /// told that it ended, never why. The supporter's place is free at once, and they no longer
    /// reach the family. False when it was not a current match this person may end.
    /// </summary>
    public static async Task<bool> EndAsync(AlongsideDbContext db, Notices notices, Guid requestId, Guid userId, Ender by, MatchEndReason reason, DateTimeOffset now)
    {
        var mine = db.FamilyIdsCaredForBy(userId);
        var coordinated = db.CoordinatedBy(userId);
        var match = db.PeerSupportRequests.Where(r => r.Id == requestId && r.Status == PeerRequestStatus.Matched);
        match = by switch
        {
            Ender.Parent => match.Where(r => mine.Contains(r.FamilyId)),
            Ender.Supporter => match.Where(r => r.SupporterUserId == userId),
            _ => match.Where(r => coordinated.Contains(r.OrganisationId)),
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ended = await match.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, PeerRequestStatus.Closed)
            .SetProperty(r => r.EndedAt, now)
            .SetProperty(r => r.EndedByUserId, userId)
            .SetProperty(r => r.EndReason, reason));
        if (ended == 0) return false;
        var request = await db.PeerSupportRequests.Where(r => r.Id == requestId).Select(r => new { r.FamilyId, r.SupporterUserId }).SingleAsync();
        if (by != Ender.Supporter)
        {
            var supporter = await db.Users.Where(u => u.Id == request.SupporterUserId && u.Email != null).Select(u => new Recipient(u.Email!, u.DisplayName)).SingleOrDefaultAsync();
            if (supporter is not null) await notices.SendAsync(supporter, new SupporterMatchEndedNotice());
        }
        if (by != Ender.Parent) await notices.SendAsync(await FamilyRecipients.CarersAsync(db, request.FamilyId), new ParentMatchEndedNotice());
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }
}
