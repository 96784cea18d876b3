namespace Alongside.Web.Kernel.Care;

/// <summary>
/// The ASGSF figures a platform admin keeps (one row; until it is saved the "Funding" settings
/// apply): the fair-access limits per child per financial year, match funding above the therapy
/// limit, and the application window after an assessment of need.
/// </summary>
public class FundingSettings
{
    public int Id { get; set; } = 1;
    public decimal AsgsfTherapyLimit { get; set; }
    public decimal AsgsfAssessmentLimit { get; set; }

    /// <summary>The share, in percent, of spend above the therapy limit the fund may match.</summary>
    public int MatchSharePercent { get; set; }

    /// <summary>The most the fund adds above the therapy limit for one child in one year.</summary>
    public decimal MatchCeiling { get; set; }

    /// <summary>How many months after the assessment of need the application must be made.</summary>
    public int ApplicationWindowMonths { get; set; }

    /// <summary>How many days before the window closes the referral and plan warn.</summary>
    public int WarnDaysBefore { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
}
