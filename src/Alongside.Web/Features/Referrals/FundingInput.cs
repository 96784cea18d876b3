using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Alongside.Web.Features.Referrals;

/// <summary>Funding details staff record as an ASGSF application or a commission goes through.</summary>
public sealed class FundingInput
{
    public FundingRoute? Route { get; set; }

    [StringLength(100, ErrorMessage = "The reference must be 100 characters or fewer")]
    public string? Reference { get; set; }
    public string? Requested { get; set; }
    public string? Approved { get; set; }
    public string? AppliedDay { get; set; }
    public string? AppliedMonth { get; set; }
    public string? AppliedYear { get; set; }
    public string? DecidedDay { get; set; }
    public string? DecidedMonth { get; set; }
    public string? DecidedYear { get; set; }

    /// <summary>The id of the commissioner organisation, as the select sends it.</summary>
    public string? CommissionerOrganisationId { get; set; }

    /// <summary>The ONS code of the child's local authority.</summary>
    public string? LocalAuthorityCode { get; set; }
    public string? AssessedDay { get; set; }
    public string? AssessedMonth { get; set; }
    public string? AssessedYear { get; set; }

    public static FundingInput From(Referral r) => new()
    {
        Route = r.FundingRoute,
        Reference = r.FundingReference,
        Requested = r.AmountRequested?.ToString("0.00", CultureInfo.InvariantCulture),
        Approved = r.AmountApproved?.ToString("0.00", CultureInfo.InvariantCulture),
        AppliedDay = r.FundingAppliedOn?.Day.ToString(CultureInfo.InvariantCulture),
        AppliedMonth = r.FundingAppliedOn?.Month.ToString(CultureInfo.InvariantCulture),
        AppliedYear = r.FundingAppliedOn?.Year.ToString(CultureInfo.InvariantCulture),
        DecidedDay = r.FundingDecidedOn?.Day.ToString(CultureInfo.InvariantCulture),
        DecidedMonth = r.FundingDecidedOn?.Month.ToString(CultureInfo.InvariantCulture),
        DecidedYear = r.FundingDecidedOn?.Year.ToString(CultureInfo.InvariantCulture),
        CommissionerOrganisationId = r.CommissionerOrganisationId?.ToString(),
        LocalAuthorityCode = r.LocalAuthorityCode,
        AssessedDay = r.NeedsAssessedOn?.Day.ToString(CultureInfo.InvariantCulture),
        AssessedMonth = r.NeedsAssessedOn?.Month.ToString(CultureInfo.InvariantCulture),
        AssessedYear = r.NeedsAssessedOn?.Year.ToString(CultureInfo.InvariantCulture),
    };
}
