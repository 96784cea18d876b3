using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Alongside.Web.Features.Referrals;

public static class FundingInputRules
{
    /// <summary>Checks the details and, when they are right, writes them to the referral.</summary>
    public static IReadOnlyList<(string Key, string Message)> Apply(FundingInput input, Referral referral, DateOnly today, FundingChoices choices)
    {
        var errors = new List<(string Key, string Message)>();
        if (input.Route is not { } route || !Enum.IsDefined(route)) errors.Add(("Funding.Route", "Select how the support is paid for"));
        var requested = Money(input.Requested, "Funding.Requested", errors);
        var approved = Money(input.Approved, "Funding.Approved", errors);
        var applied = OptionalDate(input.AppliedDay, input.AppliedMonth, input.AppliedYear, "Funding.AppliedDay", "applied for", today, errors);
        var decided = OptionalDate(input.DecidedDay, input.DecidedMonth, input.DecidedYear, "Funding.DecidedDay", "decided", today, errors);
        if (applied is not null && decided is not null && decided < applied) errors.Add(("Funding.DecidedDay", "The decision date must be on or after the date it was applied for"));
        var commissioner = choices.Commissioner(input.CommissionerOrganisationId, "Funding.CommissionerOrganisationId", errors);
        var localAuthority = choices.LocalAuthority(input.LocalAuthorityCode, "Funding.LocalAuthorityCode", errors);
        var assessed = AssessedOn(input.AssessedDay, input.AssessedMonth, input.AssessedYear, input.Route, "Funding.AssessedDay", today, errors);
        if (assessed is not null && applied is not null && applied < assessed) errors.Add(("Funding.AppliedDay", "The date it was applied for must be on or after the assessment of need"));
        if (errors.Count > 0) return errors;

        referral.FundingRoute = input.Route!.Value;
        referral.FundingReference = Clean(input.Reference);
        referral.AmountRequested = requested;
        referral.AmountApproved = approved;
        referral.FundingAppliedOn = applied;
        referral.FundingDecidedOn = decided;
        referral.CommissionerOrganisationId = commissioner;
        referral.LocalAuthorityCode = localAuthority;
        referral.NeedsAssessedOn = assessed;
        // The old free-text commissioner stays for display: it is never asked for now.
        return errors;
    }

    /// <summary>The assessment of need dates an ASGSF application; for another route it is not asked for.</summary>
    public static DateOnly? AssessedOn(string? d, string? m, string? y, FundingRoute? route, string key, DateOnly today, List<(string Key, string Message)> errors)
    {
        var date = FundingChoices.AssessedOn(d, m, y, key, today, errors);
        if (date is null || route is null or FundingRoute.Asgsf or FundingRoute.NotSure) return date;
        errors.Add((key, "The date of the assessment of need is for ASGSF only: leave it blank for other funding"));
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static decimal? Money(string? text, string key, List<(string Key, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var cleaned = text.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        if (decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and < 1_000_000)
            return decimal.Round(value, 2);
        errors.Add((key, "Enter the amount in pounds, like 2500 or 2500.00"));
        return null;
    }

    private static DateOnly? OptionalDate(string? d, string? m, string? y, string key, string what, DateOnly today, List<(string Key, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(d) && string.IsNullOrWhiteSpace(m) && string.IsNullOrWhiteSpace(y)) return null;
        var (date, error) = DateParts.Read(d, m, y, DateQuestion.Past($"The date it was {what}", today));
        if (error is null) return date;
        errors.Add((key, error));
        return null;
    }
}
