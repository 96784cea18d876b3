using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Alongside.Web.Kernel.Care;

/// <summary>The ASGSF fair-access limits, per child per financial year. Set per deployment.</summary>
public sealed class FundingOptions
{
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Funding:AsgsfTherapyLimit must be between {1} and {2}")]
    public decimal AsgsfTherapyLimit { get; set; } = 5000m;
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Funding:AsgsfAssessmentLimit must be between {1} and {2}")]
    public decimal AsgsfAssessmentLimit { get; set; } = 2500m;
}
