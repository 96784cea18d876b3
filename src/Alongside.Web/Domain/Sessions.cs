namespace Alongside.Web.Domain;

public enum SessionKind
{
    ParentingSupport = 1,
    Coaching = 2,
    Consultation = 3,
    ChildWithParent = 4,
}

public enum DeliveryMode
{
    Online = 1,
    FaceToFace = 2,
}

public enum SessionStatus
{
    Booked = 1,
    Attended = 2,
    DidNotAttend = 3,
    CancelledByFamily = 4,
    CancelledByService = 5,
}

/// <summary>
/// One session with a clinician. A unique index on (clinician, start) among booked sessions
/// means two people can never book the same clinician at the same time, however close together.
/// </summary>
public class Session
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Guid ClinicianUserId { get; set; }
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

    /// <summary>Why a clinician booked past the plan's allowance; null when within it.</summary>
    public string? OverrideReason { get; set; }
}

public enum AvailabilityExceptionKind
{
    Leave = 1,
    Extra = 2,
}

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

/// <summary>
/// Someone a parent invited to one session (a grandparent, a nanny, a partner). The emailed link
/// shows that session's time and video link only, and stops working when the session ends or
/// the invitation is revoked. Only the token's hash is stored.
/// </summary>
public class SessionGuest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string TokenHash { get; set; }
    public Guid InvitedByUserId { get; set; }
    public DateTimeOffset InvitedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>A person's secret calendar feed. Only the hash is kept; resetting makes a new one.</summary>
public class CalendarFeed
{
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One stretch of a clinician's usual week, in their time zone.</summary>
public class WorkingHoursEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClinicianUserId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
}

/// <summary>A reminder that has been queued for a session, one per offset, so none goes twice.</summary>
public class SessionReminder
{
    public Guid SessionId { get; set; }
    public int HoursBefore { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
}

/// <summary>
/// What the clinician writes after a session: private notes for the care team, and a separate
/// summary for the parents. Two fields with two audiences; parents' queries never select the first.
/// </summary>
public class SessionNote
{
    public Guid SessionId { get; set; }
    public string PrivateNotes { get; set; } = "";
    public string ParentSummary { get; set; } = "";
    public Guid WrittenByUserId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
