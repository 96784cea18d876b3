using Alongside.Web.Kernel.Reports;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alongside.Web.Features.Reports;

/// <summary>The period and filters a report is asked for, from the query string, checked before anything is counted.</summary>
public sealed class ReportFilters
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public const int LongestYears = 10;

    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public Guid? Service { get; set; }
    public FundingRoute? Funding { get; set; }
    public string? La { get; set; }

    /// <summary>The financial year so far, when no period is asked for.</summary>
    public static (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today) =>
        (new DateOnly(FundingRules.FinancialYearStart(today), 4, 1), today);

    /// <summary>The scope these filters describe, or null with the problems in <paramref name="state"/>.</summary>
    public ReportScope? Check(ModelStateDictionary state, DateOnly today, ReportAccess.Reader reader, IReadOnlyCollection<Guid> services, IReadOnlyCollection<string> areas)
    {
        var (from, to) = (From ?? DefaultPeriod(today).From, To ?? DefaultPeriod(today).To);
        var latest = today.AddYears(1);
        // A date that did not bind already has its message; range checks apply only to dates that did.
        bool Bound(string key) => state.GetFieldValidationState(key) != ModelValidationState.Invalid;
        if (Bound("From") && (from < Earliest || from > latest))
        {
            state.AddModelError("From", $"The start of the period must be between {Earliest:d MMMM yyyy} and {latest:d MMMM yyyy}");
        }
        if (Bound("To"))
        {
            if (to < Earliest || to > latest) state.AddModelError("To", $"The end of the period must be between {Earliest:d MMMM yyyy} and {latest:d MMMM yyyy}");
            else if (to < from) state.AddModelError("To", "The end of the period must be the same as or after its start");
            else if (to > from.AddYears(LongestYears)) state.AddModelError("To", $"A report covers at most {LongestYears} years");
        }
        if (Service is { } s && !services.Contains(s)) state.AddModelError("Service", "Choose one of the services listed");
        if (Funding is { } f && !Enum.IsDefined(f)) state.AddModelError("Funding", "Choose one of the funding routes listed");
        if (La is { Length: > 0 } la && !areas.Contains(la)) state.AddModelError("La", "Choose one of the local authorities listed");
        if (!state.IsValid) return null;
        From = from;
        To = to;
        return new ReportScope(reader.OrganisationId, from, to, Service, Funding, string.IsNullOrEmpty(La) ? null : La, reader.Commissioner);
    }
}
