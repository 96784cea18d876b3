namespace Alongside.Web.Kernel.Reports.Tallies;

/// <summary>Which months of a report's period the tallies answer, read once a report in two commands.</summary>
public static class TallyReader
{
    /// <summary>
    /// The scope with its <see cref="ReportScope.Tallies"/>: the months wholly inside the period,
    /// over by <paramref name="now"/>, built and not marked since; and, when the report is limited
    /// to some families, the provider's cohorts its filters admit.
    /// </summary>
    public static async Task<ReportScope> WithTalliesAsync(this ReportScope scope, AlongsideDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var first = scope.From.Day == 1 ? scope.From : new DateOnly(scope.From.Year, scope.From.Month, 1).AddMonths(1);
        var last = new DateOnly(scope.To.Year, scope.To.Month, 1);
        if (scope.To != last.AddMonths(1).AddDays(-1)) last = last.AddMonths(-1);
        // Only months already over: a month still running changes as its days pass.
        while (last >= first && UkTime.StartOfDay(last.AddMonths(1)) > now) last = last.AddMonths(-1);
        if (last < first) return scope with { Tallies = TallyView.None };

        var org = scope.OrganisationId;
        var months = await db.TalliedMonths
            .Where(t => t.OrganisationId == org && t.Month >= first && t.Month <= last
                        && !db.TallyMarks.Any(m => m.OrganisationId == org && m.Month == t.Month))
            .Select(t => t.Month).ToListAsync(cancellationToken);
        if (months.Count == 0 || !scope.ByFamily) return scope with { Tallies = new TallyView(months, null) };
        var cohorts = await db.TallyCohorts.Where(c => c.OrganisationId == org).Select(c => new { c.Id, c.Key }).ToListAsync(cancellationToken);
        return scope with { Tallies = new TallyView(months, [.. cohorts.Where(c => CohortKey.Parse(c.Key).Any(scope.Admits)).Select(c => c.Id)]) };
    }
}
