namespace Alongside.Web.Kernel.Care;

/// <summary>One of up to three goals, in the parents' own words.</summary>
public class PlanGoal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
}
