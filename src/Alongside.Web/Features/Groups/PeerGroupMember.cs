namespace Alongside.Web.Features.Groups;

/// <summary>
/// A parent's place in a group. Other members see only the name they chose for this group,
/// never their account's email or surname.
/// </summary>
public class PeerGroupMember
{
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public GroupMemberStatus Status { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>What they told the facilitator when asking to join.</summary>
    public string? Introduction { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedByUserId { get; set; }

    /// <summary>When they accepted the group's code of conduct: nobody posts before.</summary>
    public DateTimeOffset? ConductAcceptedAt { get; set; }

    /// <summary>A moderator paused their posting until then; they still read the discussion.</summary>
    public DateTimeOffset? SilencedUntil { get; set; }

    /// <summary>A moderator suspended them until then: they neither read nor post in the discussion.</summary>
    public DateTimeOffset? SuspendedUntil { get; set; }

    /// <summary>Their choice of emails about new posts in this group's discussion (off unless they choose).</summary>
    public PostEmails PostEmails { get; set; }

    /// <summary>
    /// The daily digest covers the posts after this; it moves on each time a digest is due (sent or,
    /// with nothing new, skipped), by a conditional update, so two running copies of the app send it once.
    /// </summary>
    public DateTimeOffset? DigestSentAt { get; set; }
}
