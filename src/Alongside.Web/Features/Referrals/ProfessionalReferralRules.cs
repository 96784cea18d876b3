using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Alongside.Web.Features.Referrals;

public sealed record CheckedReferral(IReadOnlyList<(string Key, string Message)> Errors, DateOnly? DateOfBirth, DateOnly? ConsentDate, decimal? Amount)
{
    public Guid? CommissionerOrganisationId { get; init; }
    public string? LocalAuthorityCode { get; init; }
    public DateOnly? NeedsAssessedOn { get; init; }
}

/// <summary>The checks on a professional's referral beyond lengths and formats.</summary>
public static class ProfessionalReferralRules
{
    public static CheckedReferral Check(ReferralInput input, DateOnly today, IReadOnlySet<string> organisations, FundingChoices funding)
    {
        var errors = new List<(string Key, string Message)>();
        void Require(bool ok, string field, string message)
        {
            if (!ok) errors.Add(("Input." + field, message));
        }

        Require(input.OrganisationId is not null && organisations.Contains(input.OrganisationId), nameof(input.OrganisationId), "Select the service you are referring to");
        Require(!string.IsNullOrWhiteSpace(input.ChildFirstName), nameof(input.ChildFirstName), "Enter the child's first name");
        var (dob, dobError) = DateParts.Read(input.DobDay, input.DobMonth, input.DobYear, DateQuestion.DateOfBirth(today));
        if (dobError is not null) errors.Add(("Input.DobDay", dobError));
        Require(input.LegalStatus is not null, nameof(input.LegalStatus), "Select the child's legal status");
        Require(!string.IsNullOrWhiteSpace(input.CarerName), nameof(input.CarerName), "Enter the carer's name");
        Require(!string.IsNullOrWhiteSpace(input.CarerEmail), nameof(input.CarerEmail), "Enter the carer's email address");
        Require(input.CarerRelationship is not null, nameof(input.CarerRelationship), "Select the carer's relationship to the child");
        foreach (var (field, value, max, label) in new[]
                 {
                     (nameof(input.WhatIsHappening), input.WhatIsHappening, 4000, "what is happening"),
                     (nameof(input.WhatHasBeenTried), input.WhatHasBeenTried, 4000, "what has been tried"),
                     (nameof(input.Hopes), input.Hopes, 2000, "what the family hopes for"),
                 })
        {
            var problem = ReferralRules.Text(value, max, $"Describe {label}");
            if (problem is not null) errors.Add(("Input." + field, problem));
        }
        Require(input.MeetingPreference is not null, nameof(input.MeetingPreference), "Select how the family would like to meet");
        Require(!string.IsNullOrWhiteSpace(input.ConsentGivenBy), nameof(input.ConsentGivenBy), "Enter who gave consent for this referral");
        var consentDate = ConsentDate(input, today, errors);
        Require(input.ConsentMethod is not null, nameof(input.ConsentMethod), "Select how consent was given");
        Require(input.FundingRoute is not null, nameof(input.FundingRoute), "Select how the support will be paid for");
        var commissioner = funding.Commissioner(input.CommissionerOrganisationId, "Input.CommissionerOrganisationId", errors);
        var localAuthority = funding.LocalAuthority(input.LocalAuthorityCode, "Input.LocalAuthorityCode", errors);
        var assessed = FundingInputRules.AssessedOn(input.AssessedDay, input.AssessedMonth, input.AssessedYear, input.FundingRoute, "Input.AssessedDay", today, errors);

        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(input.AmountRequested))
        {
            var text = input.AmountRequested.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and < 1_000_000)
                amount = decimal.Round(parsed, 2);
            else
                errors.Add(("Input.AmountRequested", "Enter the amount in pounds, like 2500 or 2500.00"));
        }
        return new CheckedReferral(errors, dob, consentDate, amount)
        {
            CommissionerOrganisationId = commissioner,
            LocalAuthorityCode = localAuthority,
            NeedsAssessedOn = assessed,
        };
    }

    private static DateOnly? ConsentDate(ReferralInput input, DateOnly today, List<(string Key, string Message)> errors)
    {
        var (date, error) = DateParts.Read(input.ConsentDay, input.ConsentMonth, input.ConsentYear, DateQuestion.Past("The date consent was given", today));
        if (error is not null)
        {
            errors.Add(("Input.ConsentDay", error));
            return null;
        }
        if (date < today.AddYears(-1))
        {
            errors.Add(("Input.ConsentDay", "Consent must have been given in the last 12 months. Ask the family again."));
            return null;
        }
        return date;
    }
}
