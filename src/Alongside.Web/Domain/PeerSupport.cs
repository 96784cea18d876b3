namespace Alongside.Web.Domain;

/// <summary>A peer supporter's lived experience and what they can offer, for matching.</summary>
public class PeerSupporterProfile
{
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public Guid OrganisationId { get; set; }

    /// <summary>Lived experience, in the same words as group audiences.</summary>
    public GroupAudience Experience { get; set; }

    /// <summary>Languages other than English, comma separated, as written.</summary>
    public string? Languages { get; set; }
    public string? District { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool OffersInPerson { get; set; }
    public bool OffersOnline { get; set; }
    public string? Availability { get; set; }
    public int Capacity { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum PeerRequestStatus
{
    Open = 1,
    Matched = 2,
    Closed = 3,
}

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
}

public enum ContactMode
{
    Phone = 1,
    VideoCall = 2,
    InPerson = 3,
    Messages = 4,
}

/// <summary>One contact of 1:1 peer support. The parent sees date, mode, topics and signposting; the supporter's note is for them and their supervisor.</summary>
public class PeerContact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public Guid SupporterUserId { get; set; }
    public DateOnly Date { get; set; }
    public ContactMode Mode { get; set; }
    public required string Topics { get; set; }
    public string? SupporterNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A local help entry given to a parent during a contact.</summary>
public class PeerContactSignpost
{
    public Guid ContactId { get; set; }
    public Guid LocalHelpId { get; set; }
}

/// <summary>A peer supporter's worry about a child's or adult's safety, escalated to their supervisors with a record.</summary>
public class SafeguardingConcern
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid RaisedByUserId { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedByUserId { get; set; }
    public string? ActionTaken { get; set; }
}

[Flags]
public enum HelpCategory
{
    None = 0,
    Food = 1,
    Housing = 2,
    Money = 4,
    SendEducation = 8,
    LegalRights = 16,
    Crisis = 32,
    Wellbeing = 64,
}

/// <summary>
/// Practical help and help with systems: who, what, how to reach them, and where they serve
/// (every area, or postcode areas and districts such as "M" or "SK1").
/// </summary>
public class LocalHelpEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Description { get; set; }
    public HelpCategory Categories { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public bool Nationwide { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A postcode area ("M") or district ("SK1") a local help entry serves.</summary>
public class LocalHelpArea
{
    public Guid EntryId { get; set; }
    public required string Code { get; set; }
}
