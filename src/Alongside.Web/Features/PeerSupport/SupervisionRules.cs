namespace Alongside.Web.Features.PeerSupport;

/// <summary>One supervision entry as shown; <c>Supervisor</c> is named only on the supporter's own page.</summary>
public sealed record SupervisionEntryView(DateOnly HeldOn, string? Supervisor, string Topics, string? Actions, int Wellbeing, string? Note);

/// <summary>What a supervision entry must say, and who a supervisor supervises.</summary>
public static class SupervisionRules
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The day supervision was held: not in the future, and not before 2000.</summary>
    public static DateQuestion HeldOn(DateOnly today) => new(
        "The date of supervision", "Enter the date of supervision",
        Earliest, "The date of supervision must be in 2000 or later",
        today, "The date of supervision must be today or in the past");

    public static bool ValidWellbeing(int? wellbeing) => wellbeing is >= 1 and <= 5;

    public static string Wellbeing(int wellbeing) => wellbeing switch
    {
        1 => "1: struggling",
        2 => "2: finding it hard",
        3 => "3: getting by",
        4 => "4: mostly well",
        5 => "5: well",
        _ => wellbeing.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // SupervisedBy (the organisations where the person is a supervisor) is in Kernel/PeerSupport/PeerMatches:
    // messages between a parent and their supporter are read by the same supervisors.

    /// <summary>The peer supporter memberships in those organisations, never the supervisor's own.</summary>
    public static IQueryable<Membership> SupportersSupervisedBy(this AlongsideDbContext db, Guid userId) =>
        db.Memberships.Where(m => m.Role == Role.PeerSupporter && m.UserId != userId && db.SupervisedBy(userId).Contains(m.OrganisationId));
}
