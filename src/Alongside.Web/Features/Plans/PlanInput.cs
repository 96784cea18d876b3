using System.Globalization;

namespace Alongside.Web.Features.Plans;

public sealed class PlanInput
{
    public Guid? ChildId { get; set; }
    public string? ReviewDay { get; set; }
    public string? ReviewMonth { get; set; }
    public string? ReviewYear { get; set; }
    public string? Goal1 { get; set; }
    public string? Goal2 { get; set; }
    public string? Goal3 { get; set; }

    /// <summary>One row per kind of item, in <see cref="PlanChoices.Kinds"/> order.</summary>
    public List<PlanItemInput> Items { get; set; } = PlanChoices.Kinds.Select(_ => new PlanItemInput()).ToList();

    /// <summary>Every how many sessions the family rates their goals; blank takes the organisation's default.</summary>
    public string? GoalsEvery { get; set; }

    /// <summary>Every how many sessions the wellbeing questionnaires are asked; blank takes the default.</summary>
    public string? WellbeingEvery { get; set; }

    /// <summary>Set when the person has seen the funding warning and saves anyway.</summary>
    public bool FundingWarningSeen { get; set; }
}

public sealed class PlanItemInput
{
    public bool Include { get; set; }
    public string? Sessions { get; set; }
    public FundingRoute? Funding { get; set; }
    public string? Cost { get; set; }
    public string? FundingReference { get; set; }
}
