using Microsoft.Extensions.Options;

namespace Alongside.Web.Kernel.Care;

/// <summary>The ASGSF figures in force: the platform admin's saved row, else the "Funding" settings.</summary>
public sealed record FundingFigures(
    decimal AsgsfTherapyLimit,
    decimal AsgsfAssessmentLimit,
    int MatchSharePercent,
    decimal MatchCeiling,
    int ApplicationWindowMonths,
    int WarnDaysBefore)
{
    public static FundingFigures From(FundingOptions o) =>
        new(o.AsgsfTherapyLimit, o.AsgsfAssessmentLimit, o.MatchSharePercent, o.MatchCeiling, o.ApplicationWindowMonths, o.WarnDaysBefore);

    public static FundingFigures From(FundingSettings s) =>
        new(s.AsgsfTherapyLimit, s.AsgsfAssessmentLimit, s.MatchSharePercent, s.MatchCeiling, s.ApplicationWindowMonths, s.WarnDaysBefore);

    public static async Task<FundingFigures> CurrentAsync(AlongsideDbContext db, IOptions<FundingOptions> options) =>
        await db.FundingSettings.AsNoTracking().FirstOrDefaultAsync() is { } saved ? From(saved) : From(options.Value);
}
