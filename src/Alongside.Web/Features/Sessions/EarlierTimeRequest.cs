namespace Alongside.Web.Features.Sessions;

/// <summary>
/// A family asking to hear first when an earlier time with one clinician frees up. One open
/// request (waiting or offered) per family and clinician, kept by a filtered unique index.
/// </summary>
public class EarlierTimeRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Guid ClinicianUserId { get; set; }

    /// <summary>The kind of session to book when a time is offered.</summary>
    public SessionKind Kind { get; set; }

    /// <summary>The time to beat: the family's booked session with the clinician, or the earliest free time when they joined.</summary>
    public DateTimeOffset Beat { get; set; }

    public Guid RequestedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public EarlierTimeStatus Status { get; set; } = EarlierTimeStatus.Waiting;

    /// <summary>When it stopped waiting: booked, withdrawn or its offer expired.</summary>
    public DateTimeOffset? EndedAt { get; set; }
}

public enum EarlierTimeStatus
{
    Waiting,
    Offered,
    Booked,
    Withdrawn,
    Expired,
}

/// <summary>
/// A freed slot kept for the family it was offered to until <see cref="ExpiresAt"/>: no one else
/// is shown it meanwhile. A unique index on (clinician, start) means one hold per slot, however
/// many app instances try at once.
/// </summary>
public class EarlierTimeHold
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public Guid FamilyId { get; set; }
    public Guid ClinicianUserId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
