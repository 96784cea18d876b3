using System.Globalization;

namespace Alongside.Web.Features.Funding;

/// <summary>
/// The checks on the ASGSF figures a platform admin saves. Each wrong figure gets its own
/// message and, if any is wrong, nothing is saved.
/// </summary>
public static class FundingFiguresRules
{
    public const decimal MostPounds = 1_000_000m;

    public static (FundingFigures? Figures, IReadOnlyList<(string Key, string Message)> Errors) Check(FundingFiguresInput input)
    {
        var errors = new List<(string Key, string Message)>();
        var therapy = Pounds(input.TherapyLimit, "Input.TherapyLimit", "the therapy limit", errors);
        var assessment = Pounds(input.AssessmentLimit, "Input.AssessmentLimit", "the specialist assessment limit", errors);
        var share = Whole(input.MatchSharePercent, "Input.MatchSharePercent", "The match share", "percent", 0, 100, errors);
        var ceiling = Pounds(input.MatchCeiling, "Input.MatchCeiling", "the match ceiling", errors);
        var months = Whole(input.WindowMonths, "Input.WindowMonths", "The application window", "months", 1, 12, errors);
        var warn = Whole(input.WarnDays, "Input.WarnDays", "The warning", "days", 0, 90, errors);

        // Match funding is a top-up above the therapy limit, so it can be no bigger than the limit
        // itself: a ceiling above it would let the top-up outgrow the fair-access amount it tops up.
        if (therapy is not null && ceiling is not null && ceiling > therapy)
            errors.Add(("Input.MatchCeiling", $"The match ceiling must be no more than the therapy limit ({FundingRules.Money(therapy.Value)})"));
        // A ceiling with nothing matched (or a share with no ceiling) means figures that contradict each other.
        if (share == 0 && ceiling > 0)
            errors.Add(("Input.MatchCeiling", "With a match share of 0%, the match ceiling must be £0"));
        if (share > 0 && ceiling == 0)
            errors.Add(("Input.MatchSharePercent", "With a match ceiling of £0, the match share must be 0%"));
        // The shortest month has 28 days: a warning longer than the window would warn from the day of the assessment.
        if (months is not null && warn is not null && warn >= months * 28)
            errors.Add(("Input.WarnDays", $"The warning must start less than {months * 28} days before the end of a {months}-month window"));

        if (errors.Count > 0) return (null, errors);
        return (new FundingFigures(therapy!.Value, assessment!.Value, share!.Value, ceiling!.Value, months!.Value, warn!.Value), errors);
    }

    private static decimal? Pounds(string? text, string key, string what, List<(string Key, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add((key, $"Enter {what} in pounds"));
            return null;
        }
        var cleaned = text.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add((key, $"Enter {what} in pounds, like 5000 or 5000.00"));
            return null;
        }
        var name = char.ToUpperInvariant(what[0]) + what[1..];
        if (value < 0) errors.Add((key, $"{name} must be £0 or more"));
        else if (value > MostPounds) errors.Add((key, $"{name} must be {FundingRules.Money(MostPounds)} or less"));
        else if (decimal.Round(value, 2) != value) errors.Add((key, $"{name} must be in pounds and pence, with at most 2 decimal places"));
        else return value;
        return null;
    }

    private static int? Whole(string? text, string key, string name, string unit, int min, int max, List<(string Key, string Message)> errors)
    {
        if (!int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add((key, $"Enter {name.ToLowerInvariant()} as a whole number of {unit}"));
            return null;
        }
        if (value >= min && value <= max) return value;
        errors.Add((key, $"{name} must be between {min} and {max} {unit}"));
        return null;
    }
}
