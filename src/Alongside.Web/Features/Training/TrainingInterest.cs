namespace Alongside.Web.Features.Training;

/// <summary>
/// Someone who wants peer support training: a parent or carer for themselves, or a service or
/// commissioner for their staff or volunteers. Lands with one organisation (a training body, or
/// the organisation of the group where they pressed "Volunteer here") and moves through its pipeline.
/// </summary>
public class TrainingInterest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public InterestRoute Route { get; set; }

    /// <summary>The group whose page they volunteered from, if any.</summary>
    public Guid? GroupId { get; set; }

    /// <summary>Their account, when they were signed in.</summary>
    public Guid? UserId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>For a service: its name, the asker's role there, how many people, and the area served.</summary>
    public string? ServiceName { get; set; }
    public string? ServiceRole { get; set; }
    public int? HowMany { get; set; }
    public string? Area { get; set; }
    public string? Message { get; set; }
    public InterestStatus Status { get; set; } = InterestStatus.New;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum InterestRoute
{
    ParentOrCarer = 1,
    Service = 2,
}

public enum InterestStatus
{
    New = 1,
    Contacted = 2,
    Enrolled = 3,
    NotNow = 4,
}

/// <summary>A staff note on an interest, with the step it moved to when it moved.</summary>
public class TrainingInterestNote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InterestId { get; set; }
    public Guid AuthorUserId { get; set; }
    public required string Text { get; set; }
    public InterestStatus? MovedTo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
