namespace Alongside.Web.Features.Groups;

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
