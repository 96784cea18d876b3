namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// Where a person stands in one group's discussion: the group, their membership (if any) and
/// whether they run it, read in one query, asked afresh on every request.
/// </summary>
public sealed record DiscussionPlace(PeerGroup Group, PeerGroupMember? Membership, bool Runs, DateTimeOffset Now)
{
    public bool IsMember => Membership?.Status == GroupMemberStatus.Member;

    /// <summary>Members and the people who run the group read it (a suspended member is told until when, and reads nothing).</summary>
    public bool Reads => IsMember || Runs;

    /// <summary>Asked to join and not yet welcomed.</summary>
    public bool Waiting => !Runs && Membership?.Status == GroupMemberStatus.Requested;

    public bool Accepted => Membership is { Status: GroupMemberStatus.Member, ConductAcceptedAt: not null };
    public bool Suspended => !Runs && Membership?.SuspendedUntil > Now;
    public bool Paused => !Runs && Membership?.SilencedUntil > Now;

    /// <summary>A member must accept the code of conduct before their first post; facilitators post as they are.</summary>
    public bool NeedsConduct => !Runs && IsMember && !Accepted;

    public bool CanPost => !Suspended && !Paused && (Runs || Accepted);

    /// <summary>Whether any member asked for an email about each new topic (read with the place, so a new topic asks for recipients only then).</summary>
    public bool NewTopicsWanted { get; init; }

    /// <summary>Why this person cannot post now, or null when they can.</summary>
    public string? PostRefusal => NeedsConduct ? "Read and accept the group's code of conduct before your first post"
        : Paused ? $"A moderator has paused your posting until {TimeDisplay.Format(Membership!.SilencedUntil!.Value)}. You can still read the discussion."
        : null;

    /// <summary>The group (open), the person's membership and whether they run it, in one query; null when the group is not found.</summary>
    public static async Task<DiscussionPlace?> FindAsync(AlongsideDbContext db, Guid groupId, Guid userId, DateTimeOffset now)
    {
        var runs = db.PeerGroups.Where(g => g.Id == groupId).RunBy(db, userId);
        var found = await (
            from g in db.PeerGroups.Where(g => g.Id == groupId && g.ClosedAt == null)
            join m in db.PeerGroupMembers.Where(m => m.UserId == userId) on g.Id equals m.GroupId into mine
            from m in mine.DefaultIfEmpty()
            select new
            {
                Group = g,
                Membership = m,
                Runs = runs.Any(),
                Wanted = db.PeerGroupMembers.Any(x => x.GroupId == g.Id && x.PostEmails == PostEmails.EachNewTopic && x.Status == GroupMemberStatus.Member),
            }).SingleOrDefaultAsync();
        return found is null ? null : new DiscussionPlace(found.Group, found.Membership, found.Runs, now) { NewTopicsWanted = found.Wanted };
    }
}
