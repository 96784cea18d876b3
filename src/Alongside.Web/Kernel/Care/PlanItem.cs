namespace Alongside.Web.Kernel.Care;

public class PlanItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public PlanItemKind Kind { get; set; }

    /// <summary>How many sessions (for session items); sessions booked later count against it.</summary>
    public int? Sessions { get; set; }
    public int SessionsUsed { get; set; }
    public FundingRoute Funding { get; set; }
    public decimal Cost { get; set; }
    public string? FundingReference { get; set; }

    /// <summary>For a group course item: the cohort the family has a place on (or is waiting for).</summary>
    public Guid? CohortId { get; set; }

    /// <summary>
    /// For an item counted neither in sessions nor in course places (a specialist assessment,
    /// peer support): the day the care team recorded it delivered, when its cost is spent.
    /// </summary>
    public DateOnly? DeliveredOn { get; set; }
}
