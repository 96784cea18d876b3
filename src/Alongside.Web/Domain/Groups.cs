namespace Alongside.Web.Domain;

/// <summary>Who a group is for. A group may be for several.</summary>
[Flags]
public enum GroupAudience
{
    None = 0,
    AdoptiveParents = 1,
    SpecialGuardians = 2,
    FosterCarers = 4,
    KinshipCarers = 8,
    Autism = 16,
    Adhd = 32,
    SelfHarm = 64,
    EatingDifficulties = 128,
    Trauma = 256,
    Grandparents = 512,
    Dads = 1024,
}

public enum GroupFormat
{
    InPerson = 1,
    Online = 2,
    Hybrid = 3,
}

/// <summary>What removes barriers to coming.</summary>
[Flags]
public enum GroupAccess
{
    None = 0,
    Childcare = 1,
    StepFree = 2,
    PublicTransport = 4,
    Parking = 8,
    Free = 16,
    Evening = 32,
    Weekend = 64,
}

/// <summary>A peer support group an organisation runs, with where and when it meets.</summary>
public class PeerGroup
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public GroupAudience Audiences { get; set; }
    public GroupFormat Format { get; set; }
    public GroupAccess Access { get; set; }

    /// <summary>Other languages spoken at the group, as written (for example "Urdu, Polish").</summary>
    public string? Languages { get; set; }

    /// <summary>An iCalendar recurrence rule, for example FREQ=MONTHLY;BYDAY=2TU.</summary>
    public required string Recurrence { get; set; }
    public DateOnly FirstMeeting { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }

    public string? VenueName { get; set; }
    public string? VenueAddress { get; set; }

    /// <summary>The venue's postcode district (never a full postcode) and its point; null for online groups.</summary>
    public string? District { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>For members only: the link to join online meetings.</summary>
    public string? OnlineLink { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>A new member's first posts wait for a moderator before others see them.</summary>
    public bool NewMembersPostsNeedApproval { get; set; } = true;
}

/// <summary>A peer supporter of the group's organisation who runs the group.</summary>
public class PeerGroupFacilitator
{
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
}

public enum GroupMemberStatus
{
    Requested = 1,
    Member = 2,
    Declined = 3,
    Removed = 4,
    Left = 5,
}

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
}

/// <summary>A member's answer about one meeting: coming or not, whether they came, and how it was.</summary>
public class GroupMeetingResponse
{
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset MeetingStartsAt { get; set; }
    public bool Coming { get; set; }
    public bool? Attended { get; set; }
    public int? Rating { get; set; }
    public string? Feedback { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum PostStatus
{
    Visible = 1,
    Held = 2,
    Hidden = 3,
}

public enum HoldReason
{
    None = 0,
    RiskWords = 1,
    WatchedWords = 2,
    NewMember = 3,
}

/// <summary>A message in a group's discussion, kept exactly as written and encoded when shown.</summary>
public class GroupPost
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GroupId { get; set; }
    public Guid AuthorUserId { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    public PostStatus Status { get; set; }
    public HoldReason HoldReason { get; set; }
}

/// <summary>A member's report of a post, for the group's moderators.</summary>
public class GroupPostReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PostId { get; set; }
    public Guid ReporterUserId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

public enum ModerationAction
{
    Approve = 1,
    Hide = 2,
    Restore = 3,
    Warn = 4,
    Remove = 5,
    DismissReport = 6,
}

/// <summary>The moderation log: who did what to which post or member, and why.</summary>
public class GroupModerationEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GroupId { get; set; }
    public Guid ModeratorUserId { get; set; }
    public ModerationAction Action { get; set; }
    public Guid? PostId { get; set; }
    public Guid? MemberUserId { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
}
