namespace Alongside.Web.Kernel.Care;

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
    /// <summary>Free text from before commissioners were organisations on the platform; shown, never asked for.</summary>
    public string? Commissioner { get; set; }

    /// <summary>For a commissioned package: the commissioner organisation that pays for it.</summary>
    public Guid? CommissionerOrganisationId { get; set; }

    /// <summary>The ONS code of the local authority where the child lives; an area's commissioner sees it in aggregate.</summary>
    public string? LocalAuthorityCode { get; set; }

    /// <summary>For ASGSF: when the assessment of need was made; the application is due within the window after it.</summary>
    public DateOnly? NeedsAssessedOn { get; set; }

    /// <summary>The organisation's service this referral is for, when it has several.</summary>
    public Guid? ServiceId { get; set; }

    /// <summary>
    /// The reference the family and staff quote: eight characters that cannot be mistaken for one
    /// another (no 0/O, 1/I/L, 5/S), shown as two groups of four. Unique; null on older referrals.
    /// </summary>
    public string? Reference { get; set; }

    // How the service may get in touch, as the parent told it when asking for help.
    public string? Phone { get; set; }
    public bool? SafeToCall { get; set; }
    public bool? SafeToText { get; set; }
    public bool? SafeToLeaveMessage { get; set; }

    /// <summary>The outward part of the postcode only ("LS6"), never the full postcode.</summary>
    public string? PostcodeDistrict { get; set; }
    public string? AccessNeeds { get; set; }
    public string? PreferredLanguage { get; set; }
    public bool? InterpreterNeeded { get; set; }

    /// <summary>When the family withdrew the request (status <see cref="ReferralStatus.Withdrawn"/>).</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    public List<ReferralDocument> Documents { get; } = [];
}
