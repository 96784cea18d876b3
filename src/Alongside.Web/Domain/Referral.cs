namespace Alongside.Web.Domain;

public enum ReferralSource
{
    Self = 1,
    Professional = 2,
}

public enum ReferralStatus
{
    New = 1,
    Accepted = 2,
    Declined = 3,
    WaitingList = 4,
}

public enum MeetingPreference
{
    Online = 1,
    FaceToFace = 2,
    Either = 3,
}

public enum FundingRoute
{
    SelfFunded = 1,
    Asgsf = 2,
    Commissioned = 3,
    NotSure = 4,
}

/// <summary>
/// A request for help for one child, sent to one organisation, by the family or by a
/// professional with the family's consent.
/// </summary>
public class Referral
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid FamilyId { get; set; }
    public Family? Family { get; set; }
    public Guid ChildId { get; set; }
    public Child? Child { get; set; }
    public ReferralSource Source { get; set; }
    public Guid SubmittedByUserId { get; set; }

    /// <summary>Lower-cased carer email, for spotting duplicates.</summary>
    public string? CarerEmail { get; set; }
    public required string WhatIsHappening { get; set; }
    public required string WhatHasBeenTried { get; set; }
    public required string Hopes { get; set; }
    public MeetingPreference MeetingPreference { get; set; }
    public FundingRoute FundingRoute { get; set; }

    public ReferralStatus Status { get; set; } = ReferralStatus.New;
    public string? DeclineReason { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedByUserId { get; set; }

    /// <summary>When the family joined and left the waiting list; leaving rates give the expected wait.</summary>
    public DateTimeOffset? WaitingSince { get; set; }
    public DateTimeOffset? LeftWaitingListAt { get; set; }

    /// <summary>Higher goes first on the waiting list; a change needs a recorded reason.</summary>
    public int Priority { get; set; }
    public string? PriorityReason { get; set; }

    /// <summary>Set when staff have looked at a possible duplicate and said it is not one.</summary>
    public bool DuplicateDismissed { get; set; }

    /// <summary>The draft this came from: unique, so a form sent twice makes one referral.</summary>
    public Guid? SourceDraftId { get; set; }

    // A professional's referral records the family's consent to it.
    public string? ConsentGivenBy { get; set; }
    public DateOnly? ConsentDate { get; set; }
    public ConsentMethod? ConsentMethod { get; set; }

    // Funding: for ASGSF the local authority's application (reference, amounts, dates); for a
    // commissioned package the commissioner, purchase reference and budget. Plans carry the
    // funding line of each item.
    public string? FundingReference { get; set; }
    public decimal? AmountRequested { get; set; }
    public decimal? AmountApproved { get; set; }
    public DateOnly? FundingAppliedOn { get; set; }
    public DateOnly? FundingDecidedOn { get; set; }
    public string? Commissioner { get; set; }

    public List<ReferralDocument> Documents { get; } = [];
}

public enum ConsentMethod
{
    InPerson = 1,
    Phone = 2,
    InWriting = 3,
    Email = 4,
}

/// <summary>A document sent with a referral, checked by content and size before it is kept.</summary>
public class ReferralDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>
/// An invitation for a carer to join a family record: a second carer invited by the first,
/// or the carer named in a professional's referral. Only the token's hash is stored.
/// </summary>
public class CarerInvitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Family? Family { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public CarerRelationship? Relationship { get; set; }
    public required string TokenHash { get; set; }
    public Guid InvitedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
}

/// <summary>A self-referral in progress, so a long form can be left and resumed.</summary>
public class ReferralDraft
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? UserId { get; set; }

    /// <summary>For someone not signed in: the hash of the token in their draft cookie.</summary>
    public string? TokenHash { get; set; }
    public string AnswersJson { get; set; } = "{}";
    public DateTimeOffset UpdatedAt { get; set; }
}
