namespace Alongside.Web.Kernel.Courses;

/// <summary>
/// One run of a course: weekly meetings from <see cref="StartsOn"/> at the same UK time, a venue
/// or a link, facilitators and a capacity. <see cref="PlacesHeld"/> counts places taken or on
/// offer and only ever moves by a conditional update (<see cref="CohortPlaces"/>), so it can
/// never pass <see cref="Capacity"/>, even when two people take the last place at once.
/// </summary>
public class Cohort
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CourseId { get; set; }
    public Course? Course { get; set; }
    public Guid OrganisationId { get; set; }

    /// <summary>The first meeting's date; the rest follow weekly on the same weekday.</summary>
    public DateOnly StartsOn { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    public string? VenueName { get; set; }
    public string? VenueAddress { get; set; }

    /// <summary>Step-free access, parking, hearing loop, childcare: what someone needs to know to get in.</summary>
    public string? AccessInformation { get; set; }

    /// <summary>Shown only to people with a place.</summary>
    public string? OnlineLink { get; set; }
    public int Capacity { get; set; }
    public int PlacesHeld { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public List<CohortFacilitator> Facilitators { get; set; } = [];
}

public class CohortFacilitator
{
    public Guid CohortId { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
}
