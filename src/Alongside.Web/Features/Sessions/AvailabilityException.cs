namespace Alongside.Web.Features.Sessions;

/// <summary>Time off (no slots) or a one-off extra stretch (slots outside the usual week).</summary>
public class AvailabilityException
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClinicianUserId { get; set; }
    public AvailabilityExceptionKind Kind { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string? Note { get; set; }
}
