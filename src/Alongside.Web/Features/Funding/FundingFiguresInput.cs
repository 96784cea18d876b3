using System.Globalization;

namespace Alongside.Web.Features.Funding;

/// <summary>The ASGSF figures as the form sends them: text, so a wrong one gets a message, not a binding error.</summary>
public sealed class FundingFiguresInput
{
    public string? TherapyLimit { get; set; }
    public string? AssessmentLimit { get; set; }
    public string? MatchSharePercent { get; set; }
    public string? MatchCeiling { get; set; }
    public string? WindowMonths { get; set; }
    public string? WarnDays { get; set; }

    public static FundingFiguresInput From(FundingFigures f) => new()
    {
        TherapyLimit = f.AsgsfTherapyLimit.ToString("0.00", CultureInfo.InvariantCulture),
        AssessmentLimit = f.AsgsfAssessmentLimit.ToString("0.00", CultureInfo.InvariantCulture),
        MatchSharePercent = f.MatchSharePercent.ToString(CultureInfo.InvariantCulture),
        MatchCeiling = f.MatchCeiling.ToString("0.00", CultureInfo.InvariantCulture),
        WindowMonths = f.ApplicationWindowMonths.ToString(CultureInfo.InvariantCulture),
        WarnDays = f.WarnDaysBefore.ToString(CultureInfo.InvariantCulture),
    };
}
