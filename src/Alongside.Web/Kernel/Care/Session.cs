namespace Alongside.Web.Kernel.Care;

/// <summary>
/// One session with a clinician. A unique index on (clinician, start) among booked sessions
/// means two people can never book the same clinician at the same time, however close together.
/// </summary>
public class Session
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Guid ClinicianUserId { get; set; }

    /// <summary>The organisation that delivers the session (the plan's, or the clinician's), for reports.</summary>
    public Guid? OrganisationId { get; set; }
    public AppUser? Clinician { get; set; }
    public Guid? PlanItemId { get; set; }
    public SessionKind Kind { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public DeliveryMode Mode { get; set; }
    public SessionStatus Status { get; set; } = SessionStatus.Booked;
    public bool LateCancellation { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public Guid BookedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The video call link for an online session, pasted or made from the video-room base URL.</summary>
    public string? VideoLink { get; set; }

    /// <summary>Where a face-to-face session happens.</summary>
    public string? Place { get; set; }

    /// <summary>Sessions booked together as a weekly or fortnightly series share this id.</summary>
    public Guid? SeriesId { get; set; }

    /// <summary>
    /// The iCalendar SEQUENCE of the session's calendar entry: raised each time it moves or is
    /// cancelled, so a calendar that already holds it replaces its copy rather than keeping the old time.
    /// </summary>
    public int CalendarSequence { get; set; }

    /// <summary>Why a clinician booked past the plan's allowance; null when within it.</summary>
    public string? OverrideReason { get; set; }
}
