namespace Alongside.Web.Kernel.Courses;

/// <summary>
/// One person's place on a cohort, from the waiting list to completion. The waiting list is
/// these rows in <see cref="JoinedAt"/> order; a row never goes back to waiting once offered,
/// so no one is offered twice and no one is passed over.
/// </summary>
public class CoursePlace
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public Cohort? Cohort { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }

    /// <summary>For a parenting course, the family the place is for; null for training.</summary>
    public Guid? FamilyId { get; set; }

    /// <summary>The support plan item that pays for the place, when it came from a plan.</summary>
    public Guid? PlanItemId { get; set; }
    public PlaceStatus Status { get; set; }

    /// <summary>The place in the queue: earlier first.</summary>
    public DateTimeOffset JoinedAt { get; set; }
    public DateTimeOffset? OfferedAt { get; set; }
    public DateTimeOffset? OfferExpiresAt { get; set; }
    public DateTimeOffset? EnrolledAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Who put the person on the list: themselves, a clinician from a plan, a referrer or staff.</summary>
    public Guid AddedByUserId { get; set; }
    public List<CourseAttendance> Attendance { get; set; } = [];
}

public enum PlaceStatus
{
    Waiting = 1,
    Offered = 2,
    Enrolled = 3,

    /// <summary>Left the list or the course, or turned an offer down.</summary>
    Withdrawn = 4,

    /// <summary>An offer not taken in time; it passed to the next person.</summary>
    Lapsed = 5,
}

/// <summary>One week of the register for one place.</summary>
public class CourseAttendance
{
    public Guid PlaceId { get; set; }
    public int Week { get; set; }
    public bool Attended { get; set; }
    public Guid RecordedByUserId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A reminder sent for one week's meeting, so it is sent once.</summary>
public class CourseReminder
{
    public Guid PlaceId { get; set; }
    public int Week { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
