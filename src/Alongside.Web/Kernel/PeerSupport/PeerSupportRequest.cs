namespace Alongside.Web.Kernel.PeerSupport;

/// <summary>A parent asking a peer support organisation for a peer supporter of their own.</summary>
public class PeerSupportRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid FamilyId { get; set; }
    public Guid RequestedByUserId { get; set; }
    public GroupAudience Needs { get; set; }
    public string? Language { get; set; }
    public string? District { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool WantsInPerson { get; set; }
    public bool WantsOnline { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public PeerRequestStatus Status { get; set; } = PeerRequestStatus.Open;
    public Guid? SupporterUserId { get; set; }
    public Guid? MatchedByUserId { get; set; }
    public DateTimeOffset? MatchedAt { get; set; }

    /// <summary>Why this supporter, in words, as the coordinator confirmed it.</summary>
    public string? MatchReason { get; set; }

    /// <summary>When the parent said yes to the proposed supporter; contact starts only after.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>A supporter the parent said no to, so the coordinator does not propose them again.</summary>
    public Guid? DeclinedSupporterUserId { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public Guid? EndedByUserId { get; set; }
    public MatchEndReason? EndReason { get; set; }
}

public enum MatchEndReason
{
    GoalsMet = 1,
    ParentChose = 2,
    SupporterChose = 3,
    NoContact = 4,
    MovedToOtherSupport = 5,
    Other = 6,
}
