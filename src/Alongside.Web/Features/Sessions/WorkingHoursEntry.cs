namespace Alongside.Web.Features.Sessions;

/// <summary>One stretch of a clinician's usual week, in their time zone.</summary>
public class WorkingHoursEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClinicianUserId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
}
