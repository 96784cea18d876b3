namespace Alongside.Web.Kernel.Reports.Tallies;

/// <summary>
/// The families of one provider that share the same referrals, for counting: each distinct set of
/// (service, funding route, local authority, commissioner) among a family's referrals to the
/// provider is one cohort, written as <see cref="CohortKey"/>. A report's filters admit whole
/// cohorts, so counts kept per cohort answer any filter. Rows are only ever added.
/// </summary>
public class TallyCohort
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Key { get; set; }
}

/// <summary>A provider's sessions in one closed month (UK time), for one cohort, counted by what happened and how they were held.</summary>
public class SessionTally
{
    public Guid OrganisationId { get; set; }
    public DateOnly Month { get; set; }
    public Guid CohortId { get; set; }
    public SessionStatus Status { get; set; }
    public bool LateCancellation { get; set; }
    public SessionKind Kind { get; set; }
    public DeliveryMode Mode { get; set; }
    public int Count { get; set; }
}

/// <summary>Ratings given in one closed month to one session-feedback question about a provider's sessions, for one cohort.</summary>
public class FeedbackTally
{
    public Guid OrganisationId { get; set; }
    public DateOnly Month { get; set; }
    public Guid CohortId { get; set; }
    public int Item { get; set; }
    public int Count { get; set; }
    public long Sum { get; set; }
}

/// <summary>A provider's month whose tallies were built; they answer reports while no <see cref="TallyMark"/> names the month.</summary>
public class TalliedMonth
{
    public Guid OrganisationId { get; set; }
    public DateOnly Month { get; set; }
    public DateTimeOffset BuiltAt { get; set; }
}

/// <summary>
/// Written in the same transaction as a change to what a month's tallies count (<see cref="TallyMarker"/>);
/// while one is there the month is counted from the records, until <see cref="TallyBuilder"/> builds
/// it again and removes the marks it read.
/// </summary>
public class TallyMark
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public DateOnly Month { get; set; }
}
