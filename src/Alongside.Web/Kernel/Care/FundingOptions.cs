using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Kernel.Care;

/// <summary>
/// The ASGSF figures a deployment starts with ("Funding" settings). Once a platform admin saves
/// the figures (<see cref="FundingSettings"/>), those apply instead: see <see cref="FundingFigures"/>.
/// </summary>
public sealed class FundingOptions
{
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Funding:AsgsfTherapyLimit must be between {1} and {2}")]
    public decimal AsgsfTherapyLimit { get; set; } = 5000m;
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Funding:AsgsfAssessmentLimit must be between {1} and {2}")]
    public decimal AsgsfAssessmentLimit { get; set; } = 2500m;
    [Range(0, 100, ErrorMessage = "Funding:MatchSharePercent must be between {1} and {2}")]
    public int MatchSharePercent { get; set; } = 50;
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Funding:MatchCeiling must be between {1} and {2}")]
    public decimal MatchCeiling { get; set; } = 5000m;
    [Range(1, 12, ErrorMessage = "Funding:ApplicationWindowMonths must be between {1} and {2}")]
    public int ApplicationWindowMonths { get; set; } = 3;
    [Range(0, 90, ErrorMessage = "Funding:WarnDaysBefore must be between {1} and {2}")]
    public int WarnDaysBefore { get; set; } = 14;
}
