using System.Globalization;

namespace Alongside.Web.Kernel.Care;

public sealed record AsgsfUse(decimal Therapy, decimal Assessment)
{
    public static readonly AsgsfUse None = new(0, 0);

    public AsgsfUse Plus(AsgsfUse other) => new(Therapy + other.Therapy, Assessment + other.Assessment);
}

public static class FundingRules
{
    /// <summary>UK financial years run from 1 April to 31 March; this is the year it starts in.</summary>
    public static int FinancialYearStart(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static string FinancialYearLabel(int startYear) =>
        $"{startYear}–{((startYear + 1) % 100).ToString("00", CultureInfo.InvariantCulture)}";

    /// <summary>What ASGSF-funded items cost, split into therapy and specialist assessment.</summary>
    public static AsgsfUse Use(IEnumerable<(PlanItemKind Kind, FundingRoute Funding, decimal Cost)> items)
    {
        var asgsf = items.Where(i => i.Funding == FundingRoute.Asgsf).ToList();
        return new AsgsfUse(
            asgsf.Where(i => i.Kind != PlanItemKind.SpecialistAssessment).Sum(i => i.Cost),
            asgsf.Where(i => i.Kind == PlanItemKind.SpecialistAssessment).Sum(i => i.Cost));
    }

    /// <summary>Warnings, with the figures, when this plan would take the child over either limit.</summary>
    public static IReadOnlyList<string> Warnings(AsgsfUse earlier, AsgsfUse thisPlan, FundingFigures limits, int yearStart)
    {
        var year = FinancialYearLabel(yearStart);
        var warnings = new List<string>();
        void Check(string what, decimal before, decimal adding, decimal limit)
        {
            var total = before + adding;
            if (adding > 0 && total > limit)
            {
                warnings.Add($"This plan would take ASGSF {what} funding for {year} to {Money(total)}: " +
                             $"{Money(before)} already planned plus {Money(adding)} in this plan, " +
                             $"which is {Money(total - limit)} over the {Money(limit)} fair-access limit.");
            }
        }
        Check("therapy", earlier.Therapy, thisPlan.Therapy, limits.AsgsfTherapyLimit);
        Check("specialist assessment", earlier.Assessment, thisPlan.Assessment, limits.AsgsfAssessmentLimit);
        return warnings;
    }

    /// <summary>
    /// Who pays for ASGSF therapy delivered to one child in one year. Up to the fair-access limit
    /// the fund pays all of it; above the limit it may match <paramref name="sharePercent"/> of the
    /// amount above, never more than <paramref name="ceiling"/>, and the local authority pays the rest.
    /// </summary>
    public static (decimal FundPays, decimal LocalAuthorityPays) MatchFunding(decimal deliveredTherapy, decimal limit, int sharePercent, decimal ceiling)
    {
        if (deliveredTherapy <= limit) return (Math.Max(0, deliveredTherapy), 0);
        var above = deliveredTherapy - limit;
        var matched = Math.Min(Math.Round(above * sharePercent / 100m, 2, MidpointRounding.AwayFromZero), Math.Max(0, ceiling));
        return (limit + matched, above - matched);
    }

    /// <summary>
    /// Where an ASGSF application stands against its window: it is due the given number of months
    /// after the assessment of need (a month end clamps: 30 November + 3 months is 28 February, or
    /// the 29th in a leap year), may still be made on the day it is due, and warns in the last
    /// <c>WarnDaysBefore</c> days.
    /// </summary>
    public static ApplicationWindow ApplicationWindow(DateOnly assessedOn, DateOnly today, FundingFigures figures)
    {
        var due = assessedOn.AddMonths(figures.ApplicationWindowMonths);
        var daysLeft = due.DayNumber - today.DayNumber;
        return new ApplicationWindow(due, daysLeft, daysLeft < 0, daysLeft >= 0 && daysLeft <= figures.WarnDaysBefore);
    }

    public static string Money(decimal amount) => amount.ToString("£#,##0.00", CultureInfo.InvariantCulture);
}

/// <summary>An ASGSF application's due date and, when it needs one, the warning staff see.</summary>
public sealed record ApplicationWindow(DateOnly Due, int DaysLeft, bool Closed, bool Warn)
{
    public string? Message => Closed
        ? $"The application window closed on {Day(Due)}"
        : !Warn ? null
        : DaysLeft switch
        {
            0 => $"Apply by {Day(Due)}: today is the last day",
            1 => $"Apply by {Day(Due)}: 1 day left",
            _ => $"Apply by {Day(Due)}: {DaysLeft} days left",
        };

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
