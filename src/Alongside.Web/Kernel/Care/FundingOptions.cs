using System.Globalization;

namespace Alongside.Web.Kernel.Care;

/// <summary>The ASGSF fair-access limits, per child per financial year. Set per deployment.</summary>
public sealed class FundingOptions
{
    public decimal AsgsfTherapyLimit { get; set; } = 5000m;
    public decimal AsgsfAssessmentLimit { get; set; } = 2500m;
}
