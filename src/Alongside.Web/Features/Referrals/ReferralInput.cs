using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Alongside.Web.Features.Referrals;

public sealed class ReferralInput
{
    public Guid FormId { get; set; }
    public string? OrganisationId { get; set; }

    [StringLength(100, ErrorMessage = "The first name must be 100 characters or fewer")]
    public string? ChildFirstName { get; set; }

    [StringLength(100, ErrorMessage = "The last name must be 100 characters or fewer")]
    public string? ChildLastName { get; set; }
    public string? DobDay { get; set; }
    public string? DobMonth { get; set; }
    public string? DobYear { get; set; }
    public LegalStatus? LegalStatus { get; set; }

    [StringLength(100, ErrorMessage = "The carer's name must be 100 characters or fewer")]
    public string? CarerName { get; set; }

    [EmailAddress(ErrorMessage = "Enter the carer's email address in the right format, like name@example.com")]
    [StringLength(256, ErrorMessage = "The email address must be 256 characters or fewer")]
    public string? CarerEmail { get; set; }
    public CarerRelationship? CarerRelationship { get; set; }
    public string? WhatIsHappening { get; set; }
    public string? WhatHasBeenTried { get; set; }
    public string? Hopes { get; set; }
    public MeetingPreference? MeetingPreference { get; set; }

    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? ConsentGivenBy { get; set; }
    public string? ConsentDay { get; set; }
    public string? ConsentMonth { get; set; }
    public string? ConsentYear { get; set; }
    public ConsentMethod? ConsentMethod { get; set; }
    public FundingRoute? FundingRoute { get; set; }

    [StringLength(100, ErrorMessage = "The reference must be 100 characters or fewer")]
    public string? FundingReference { get; set; }
    public string? AmountRequested { get; set; }

    /// <summary>The commissioner organisation's id, as the select sends it.</summary>
    public string? CommissionerOrganisationId { get; set; }

    /// <summary>The ONS code of the child's local authority.</summary>
    public string? LocalAuthorityCode { get; set; }
    public string? AssessedDay { get; set; }
    public string? AssessedMonth { get; set; }
    public string? AssessedYear { get; set; }
}
