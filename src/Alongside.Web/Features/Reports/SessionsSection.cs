using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Features.Reports;

/// <summary>Sessions the provider had in the period: what happened to each, and those attended by type and by how they were held.</summary>
public sealed class SessionsSection(TimeProvider clock) : IReportSection
{
    public const string Attendance = "sessions-attendance";
    public const string Attended = "Attended";
    public const string DidNotAttend = "Did not attend";
    public const string CancelledLate = "Cancelled late by the family";

    public int Order => 20;

    private sealed record Counted(SessionStatus Status, bool LateCancellation, SessionKind Kind, DeliveryMode Mode, bool Past, long Count);

    public async Task<RawSection> CountAsync(AlongsideDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var org = scope.OrganisationId;
        var now = clock.GetUtcNow();
        var counts = new List<Counted>();
        // The period's closed months from their tallies (every session in them is past), the rest from the sessions.
        if (scope.Tallies is { Months: { Count: > 0 } months, Cohorts: var cohorts })
        {
            var tallies = db.SessionTallies.Where(t => t.OrganisationId == org && months.Contains(t.Month));
            if (cohorts is not null) tallies = tallies.Where(t => cohorts.Contains(t.CohortId));
            counts.AddRange(await tallies.GroupBy(t => new { t.Status, t.LateCancellation, t.Kind, t.Mode })
                .Select(g => new Counted(g.Key.Status, g.Key.LateCancellation, g.Key.Kind, g.Key.Mode, true, g.Sum(t => (long)t.Count)))
                .ToListAsync(cancellationToken));
        }
        foreach (var (start, end) in scope.Untallied())
        {
            var sessions = db.Sessions.Where(s => s.OrganisationId == org && s.StartsAt >= start && s.StartsAt < end);
            if (scope.FamilyIds(db) is { } families) sessions = sessions.Where(s => families.Contains(s.FamilyId));
            counts.AddRange(await sessions
                .GroupBy(s => new { s.Status, s.LateCancellation, s.Kind, s.Mode, Past = s.StartsAt < now })
                .Select(g => new Counted(g.Key.Status, g.Key.LateCancellation, g.Key.Kind, g.Key.Mode, g.Key.Past, g.LongCount()))
                .ToListAsync(cancellationToken));
        }
        long Count(Func<SessionStatus, bool, bool, bool> match) => counts.Where(c => match(c.Status, c.LateCancellation, c.Past)).Sum(c => c.Count);

        var attendance = new RawTable(Attendance, "What happened to each session", "sessions",
        [
            new(Attended, Count((s, _, _) => s == SessionStatus.Attended)),
            new(DidNotAttend, Count((s, _, _) => s == SessionStatus.DidNotAttend)),
            new(CancelledLate, Count((s, late, _) => s == SessionStatus.CancelledByFamily && late)),
            new("Cancelled in time by the family", Count((s, late, _) => s == SessionStatus.CancelledByFamily && !late)),
            new("Cancelled by the service", Count((s, _, _) => s == SessionStatus.CancelledByService)),
            new("Not yet recorded", Count((s, _, past) => s == SessionStatus.Booked && past)),
            new("Still to come", Count((s, _, past) => s == SessionStatus.Booked && !past)),
        ]);
        var attended = counts.Where(c => c.Status == SessionStatus.Attended).ToList();
        var link = new CellRef(Attendance, Attended);
        var byKind = new RawTable("sessions-type", "Sessions attended, by type", "sessions",
            [.. Enum.GetValues<SessionKind>().Select(k => new RawRow(ReportLabels.Kind(k), attended.Where(c => c.Kind == k).Sum(c => c.Count)))], TotalIs: link);
        var byMode = new RawTable("sessions-mode", "Sessions attended, by how they were held", "sessions",
            [.. Enum.GetValues<DeliveryMode>().Select(m => new RawRow(ReportLabels.Mode(m), attended.Where(c => c.Mode == m).Sum(c => c.Count)))], TotalIs: link);
        var rates = new List<RawRate>
        {
            new("Attended, of sessions that were due to go ahead", Attendance, Attended, [Attended, DidNotAttend, CancelledLate]),
            new("Did not attend, of sessions that were due to go ahead", Attendance, DidNotAttend, [Attended, DidNotAttend, CancelledLate]),
        };
        return new RawSection("Sessions", [attendance, byKind, byMode], [], rates);
    }
}
