using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Features.Reports;

/// <summary>
/// The money of the provider's support plans in force in the period, for the families in the
/// scope: how many funding lines by route and by what they pay for, and per funding route what
/// was approved, delivered in the period, delivered to date, booked and still to spend.
/// </summary>
/// <remarks>
/// The rules are the plan page's (<see cref="PlanSpend"/>, <see cref="ChildSpending"/>): a line
/// counts the sessions and course places of its kind charged to any version it replaced, a
/// did-not-attend or late cancellation is delivered, and a whole item is delivered on the day
/// recorded. Four SQL commands for all the families: their plans, the plans' items, the sessions
/// charged to those items counted in SQL by item, status and whether they fell in the period
/// (never the sessions themselves), and the course places charged to them.
/// </remarks>
public sealed class SpendSection(TimeProvider clock) : IReportSection
{
    public const string Heading = "Funded support";
    public const string ByRoute = "spend-lines-route";
    public const string ByRouteTitle = "Lines of support plans in force in the period, by funding route";
    public const string AllRoutes = "All funding routes";

    public const string Note =
        "A line is one funded item of a support plan (a number of sessions, a course place, an assessment). "
        + "Lines are those of the latest version of each plan that was in force at some time in the period: started by its end and not ended before its start. "
        + "Approved is the whole cost of those lines. Delivered in the period is what sessions on a day in the period cost (attended, did not attend, or cancelled late by the family), "
        + "with course places whose course ended in the period and items recorded as delivered in it. "
        + "Delivered to date, booked (sessions and places still to happen or not yet recorded) and remaining are as they stand today. "
        + "Money shows only over 5 families or more; the total of all routes shows only when every route's money shows, so a hidden one cannot be worked out by subtraction.";

    public int Order => 80;

    private sealed record Line(Guid FamilyId, PlanItemKind Kind, LineSpend Spend, decimal DeliveredInPeriod);

    public async Task<RawSection> CountAsync(AlongsideDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (from, to, start, end, org) = (scope.From, scope.To, scope.Start, scope.End, scope.OrganisationId);
        var plans = db.SupportPlans.Where(p => p.OrganisationId == org);
        if (scope.FamilyIds(db) is { } families) plans = plans.Where(p => families.Contains(p.FamilyId));
        // Only the families with a plan in force since the period began: lines come from those plans alone,
        // and the versions they replaced are the same family's. Support that ended earlier is never read.
        var current = plans.Where(p => p.Status != PlanStatus.Superseded && (p.EndedAt == null || p.EndedAt >= start)).Select(p => p.FamilyId);
        plans = plans.Where(p => current.Contains(p.FamilyId));

        // Every version, superseded ones too: a line counts what was charged to the versions it replaced.
        var planRows = await plans.Select(p => new { p.Id, p.PreviousVersionId, p.Status, p.StartDate, p.FamilyId, p.EndedAt }).ToListAsync(cancellationToken);
        // The plans and then the items once read go to the next queries as one list parameter each (json_each on
        // SQLite, an array on PostgreSQL): as subqueries, each query worked out the plans again (at 100,000
        // families, 150 ms a query; 166 ms to find 1,165 course places).
        var planIds = planRows.Select(p => p.Id).ToList();
        var itemRows = await db.PlanItems.Where(i => EF.Parameter(planIds).Contains(i.PlanId))
            .Select(i => new ChildSpending.Item(i.Id, i.PlanId, i.Kind, i.Sessions, i.Funding, i.Cost, i.FundingReference, i.DeliveredOn))
            .ToListAsync(cancellationToken);
        var itemIds = itemRows.Select(i => (Guid?)i.Id).ToList();
        // Sessions are found by the items charged (IX_Sessions_PlanItemId_...), as on the plan page; a family filter here made SQLite read each family's sessions instead.
        // Grouped in the index's own order, with those in the period counted inside each group: grouped by whether
        // they fell in the period too, SQLite sorted every session first (at 100,000 families, 1.36 s to 0.61 s in the shell).
        var sessionCounts = await db.Sessions.Where(s => EF.Parameter(itemIds).Contains(s.PlanItemId))
            .GroupBy(s => new { s.PlanItemId, s.Status, s.LateCancellation })
            .Select(g => new { g.Key.PlanItemId, g.Key.Status, g.Key.LateCancellation, Count = g.Count(), InPeriod = g.Count(s => s.StartsAt >= start && s.StartsAt < end) })
            .ToListAsync(cancellationToken);
        var places = await db.CoursePlaces.Where(p => EF.Parameter(itemIds).Contains(p.PlanItemId))
            .Select(p => new { p.PlanItemId, p.Status, p.CompletedAt, p.Cohort!.StartsOn, p.Cohort.StartTime, p.Cohort.EndTime, p.Cohort.Course!.Weeks, p.Cohort.CancelledAt })
            .ToListAsync(cancellationToken);

        // Units of each item: (booked, delivered to date, delivered in the period), for sessions and for places.
        var sessionUnits = new Dictionary<Guid, (int Committed, int Delivered, int InPeriod)>();
        foreach (var c in sessionCounts)
        {
            var id = c.PlanItemId!.Value;
            var (committed, delivered, inPeriod) = sessionUnits.GetValueOrDefault(id);
            if (PlanSpend.Committed(c.Status)) committed += c.Count;
            if (PlanSpend.Delivered(c.Status, c.LateCancellation))
            {
                delivered += c.Count;
                inPeriod += c.InPeriod;
            }
            sessionUnits[id] = (committed, delivered, inPeriod);
        }
        var placeUnits = new Dictionary<Guid, (int Committed, int Delivered, int InPeriod)>();
        foreach (var p in places)
        {
            var id = p.PlanItemId!.Value;
            var ends = CohortMeetings.EndOf(p.StartsOn, p.StartTime, p.EndTime, Math.Max(1, p.Weeks));
            var state = PlanSpend.Place(p.Status, p.CompletedAt, ends, p.CancelledAt is not null, now);
            var day = UkTime.DateOf(ends <= now ? ends : p.CompletedAt ?? ends);
            var (committed, delivered, inPeriod) = placeUnits.GetValueOrDefault(id);
            if (state == PlanSpend.PlaceState.Committed) committed++;
            if (state == PlanSpend.PlaceState.Delivered)
            {
                delivered++;
                if (day >= from && day <= to) inPeriod++;
            }
            placeUnits[id] = (committed, delivered, inPeriod);
        }

        var byId = planRows.ToDictionary(p => p.Id, p => new ChildSpending.Plan(p.Id, p.PreviousVersionId, p.Status, p.StartDate));
        var itemsByPlan = itemRows.ToLookup(i => i.PlanId);
        var lines = new List<Line>();
        foreach (var plan in planRows.Where(p => p.Status != PlanStatus.Superseded && (p.EndedAt is null || p.EndedAt >= start)))
        {
            var lineage = ChildSpending.Lineage(plan.Id, byId);
            if (lineage.Min(id => byId[id].StartDate) > to) continue;
            foreach (var item in itemsByPlan[plan.Id])
            {
                var sameKind = lineage.SelectMany(id => itemsByPlan[id]).Where(i => i.Kind == item.Kind).Select(i => i.Id).ToList();
                (int Committed, int Delivered, int InPeriod) Sum(Dictionary<Guid, (int Committed, int Delivered, int InPeriod)> units) =>
                    sameKind.Select(id => units.GetValueOrDefault(id)).Aggregate((0, 0, 0), (a, u) => (a.Item1 + u.Committed, a.Item2 + u.Delivered, a.Item3 + u.InPeriod));
                var unit = PlanSpend.UnitOf(item.Kind, item.Sessions);
                var used = unit switch
                {
                    SpendUnit.Session => Sum(sessionUnits),
                    SpendUnit.Place => Sum(placeUnits),
                    _ => (0, item.DeliveredOn is null ? 0 : 1, item.DeliveredOn is { } d && d >= from && d <= to ? 1 : 0),
                };
                var spend = PlanSpend.Line(item.Id, item.Kind, item.Funding, item.Reference, item.Sessions, item.Cost, used.Item1, used.Item2);
                var inPeriodAmount = PlanSpend.AmountFor(item.Cost, unit == SpendUnit.Session ? item.Sessions : null, used.Item3);
                lines.Add(new Line(plan.FamilyId, item.Kind, spend, inPeriodAmount));
            }
        }

        var byRoute = new RawTable(ByRoute, ByRouteTitle, "lines",
            [.. Enum.GetValues<FundingRoute>().Select(r => new RawRow(ReportLabels.Funding(r), lines.LongCount(l => l.Spend.Funding == r)))], Note);
        var byKind = new RawTable("spend-lines-kind", "Lines of support plans in force in the period, by what they pay for", "lines",
            [.. Enum.GetValues<PlanItemKind>().Select(k => new RawRow(ReportLabels.PlanItem(k), lines.LongCount(l => l.Kind == k)))]);

        var routes = Enum.GetValues<FundingRoute>().Select(r => (Label: ReportLabels.Funding(r), Lines: lines.Where(l => l.Spend.Funding == r).ToList()))
            .Where(r => r.Lines.Count > 0).ToList();
        var figures = new List<RawFigure>();
        // A route's money hidden beside a shown total could be found by subtracting the others.
        if (routes.All(r => Families(r.Lines) >= Suppression.Threshold)) figures.AddRange(Money(AllRoutes, lines));
        foreach (var (label, routeLines) in routes) figures.AddRange(Money(label, routeLines));
        return new RawSection(Heading, [byRoute, byKind], figures);
    }

    private static long Families(IEnumerable<Line> lines) => lines.Select(l => l.FamilyId).Distinct().LongCount();

    /// <summary>Money over some lines, each figure over the number of families the lines are for.</summary>
    private static IEnumerable<RawFigure> Money(string label, IReadOnlyCollection<Line> lines)
    {
        var over = Families(lines);
        decimal? Sum(Func<Line, decimal> amount) => lines.Count == 0 ? null : lines.Sum(amount);
        yield return new RawFigure($"{label}: approved", over, Sum(l => l.Spend.Approved), "£");
        yield return new RawFigure($"{label}: delivered in the period", over, Sum(l => l.DeliveredInPeriod), "£");
        yield return new RawFigure($"{label}: delivered to date", over, Sum(l => l.Spend.Delivered), "£");
        yield return new RawFigure($"{label}: booked, not yet delivered", over, Sum(l => l.Spend.Committed), "£");
        yield return new RawFigure($"{label}: remaining", over, Sum(l => l.Spend.Remaining), "£");
    }
}
