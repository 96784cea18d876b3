namespace Alongside.Web.Kernel.Risk;

/// <summary>
/// Someone wrote words that may mean a person is at risk. The alert stays open until a person
/// acknowledges it and says what they did; unacknowledged, it climbs the ladder in
/// <see cref="RiskLadder"/>. Each step is kept as a <see cref="RiskAlertStep"/>.
/// </summary>
public class RiskAlert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The family it concerns, when there is one (not for a group post by a member without a family).</summary>
    public Guid? FamilyId { get; set; }

    /// <summary>The organisations whose staff answer it: the one receiving a referral or running a group, or those working with the family.</summary>
    public List<RiskAlertOrganisation> Organisations { get; set; } = [];

    /// <summary>Where it was written, in words ("a message"), never what.</summary>
    public required string Where { get; set; }

    /// <summary>The page staff open to read it.</summary>
    public required string Path { get; set; }

    public DateTimeOffset RaisedAt { get; set; }
    public RiskLevel Level { get; set; }
    public DateTimeOffset? NextEscalationAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedByUserId { get; set; }
    public string? ActionTaken { get; set; }
    public List<RiskAlertStep> Steps { get; set; } = [];
}

public class RiskAlertOrganisation
{
    public Guid AlertId { get; set; }
    public Guid OrganisationId { get; set; }
}

/// <summary>One thing that happened to an alert: raised, escalated, acknowledged.</summary>
public class RiskAlertStep
{
    public long Id { get; set; }
    public Guid AlertId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string What { get; set; }
}

/// <summary>Who an open alert has reached so far.</summary>
public enum RiskLevel
{
    /// <summary>The family's care team, or the staff who first read what was written (triage, facilitators).</summary>
    FirstResponders = 0,

    /// <summary>The organisations' duty contacts: their supervisors.</summary>
    DutyContacts = 1,

    /// <summary>The organisations' admins: the top of the ladder.</summary>
    Admins = 2,
}
