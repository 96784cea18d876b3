namespace Alongside.Web.Kernel.Courses;

/// <summary>
/// A course an organisation runs as cohorts: a group parenting programme for parents and carers,
/// or training for peer supporters and their supervisors. One model for both, so a training
/// record is a completed place like any other.
/// </summary>
public class Course
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Title { get; set; }

    /// <summary>What the course is, in a sentence or two.</summary>
    public required string Summary { get; set; }

    /// <summary>Who it is for, in the organisation's words ("adoptive parents and special guardians of children under 12").</summary>
    public required string WhoFor { get; set; }
    public CourseAudience Audience { get; set; } = CourseAudience.ParentsAndCarers;
    public CourseFormat Format { get; set; } = CourseFormat.InPerson;

    /// <summary>How many weekly meetings a cohort has, 1 to 26.</summary>
    public int Weeks { get; set; }

    /// <summary>Weeks attended to complete it (6 of 8, say), 1 to <see cref="Weeks"/>.</summary>
    public int CompletionMinimum { get; set; }

    /// <summary>The price of one place; 0 when free to the family.</summary>
    public decimal CostPerPlace { get; set; }

    /// <summary>How a place can be paid for, in words ("ASGSF, or your local authority's package").</summary>
    public string? Funding { get; set; }

    /// <summary>A course that must be completed first (the foundation course before the advanced one).</summary>
    public Guid? PrerequisiteCourseId { get; set; }

    /// <summary>A parent may take a place themselves; otherwise places come from a support plan, a referrer or staff.</summary>
    public bool SelfEnrol { get; set; }

    /// <summary>How long someone offered a freed place has to take it before it passes on.</summary>
    public int OfferHours { get; set; } = 48;

    /// <summary>For training that must be renewed: months from completion until it lapses.</summary>
    public int? RenewalMonths { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public List<CourseWeek> WeekPlan { get; set; } = [];
}

/// <summary>What one week of a course covers, so someone who missed it can catch up.</summary>
public class CourseWeek
{
    public Guid CourseId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public required string Covers { get; set; }
}

public enum CourseAudience
{
    ParentsAndCarers = 1,
    PeerSupporterTraining = 2,
    SupervisorTraining = 3,
}

public enum CourseFormat
{
    InPerson = 1,
    Online = 2,
    Hybrid = 3,
}
