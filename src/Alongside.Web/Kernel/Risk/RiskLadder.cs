namespace Alongside.Web.Kernel.Risk;

/// <summary>The escalation rules, as plain functions so they are unit-tested with any clock.</summary>
public static class RiskLadder
{
    /// <summary>The rung after this one, or null at the top.</summary>
    public static RiskLevel? Next(RiskLevel level) => level switch
    {
        RiskLevel.FirstResponders => RiskLevel.DutyContacts,
        RiskLevel.DutyContacts => RiskLevel.Admins,
        _ => null,
    };

    /// <summary>When an alert now at this rung climbs again if nobody acknowledges it; null at the top.</summary>
    public static DateTimeOffset? NextEscalation(RiskLevel level, DateTimeOffset now, TimeSpan wait) =>
        Next(level) is null ? null : now + wait;

    public static string Describe(RiskLevel level) => level switch
    {
        RiskLevel.FirstResponders => "the people who first read it",
        RiskLevel.DutyContacts => "the duty contacts (supervisors)",
        RiskLevel.Admins => "the organisation admins",
        _ => level.ToString(),
    };
}
