namespace Alongside.Web.Kernel.Care;

/// <summary>How a plan item is counted: in sessions, in a course place, or as one whole piece of work.</summary>
public enum SpendUnit
{
    Session,
    Place,
    Whole,
}

/// <summary>
/// The money of one funding line (plan item): approved, committed, delivered and what remains,
/// with the rate of one unit. A negative remainder means the line is over what was approved.
/// </summary>
public sealed record LineSpend(
    Guid ItemId, PlanItemKind Kind, FundingRoute Funding, string? Reference, SpendUnit Unit, int? Sessions,
    decimal Rate, decimal Approved, int CommittedUnits, decimal Committed, int DeliveredUnits, decimal Delivered)
{
    public decimal Remaining => Approved - Committed - Delivered;
    public bool Over => Remaining < 0;
}

/// <summary>A funding route's lines added up.</summary>
public sealed record RouteSpend(FundingRoute Funding, decimal Approved, decimal Committed, decimal Delivered)
{
    public decimal Remaining => Approved - Committed - Delivered;
}

/// <summary>
/// The arithmetic of a plan's money, apart from the database so it can be tested by hand. A
/// session or course place is "committed" while it is still to happen and "delivered" once its
/// cost is spent; what was approved less both is what remains.
/// </summary>
public static class PlanSpend
{
    public static SpendUnit UnitOf(PlanItemKind kind, int? sessions) =>
        kind == PlanItemKind.GroupCourse ? SpendUnit.Place
        : sessions is > 0 ? SpendUnit.Session
        : SpendUnit.Whole;

    /// <summary>What one unit costs: the cost shared over the sessions, or the whole cost for a place or a whole item.</summary>
    public static decimal Rate(decimal cost, int? sessions) =>
        sessions is > 0 ? Pennies(cost / sessions.Value) : cost;

    /// <summary>
    /// What <paramref name="units"/> units cost. For sessions it is worked out from the cost, not
    /// from the rounded rate, so all the sessions of a line cost exactly what was approved
    /// (three sessions for £1,000 cost £1,000.00, not 3 × £333.33).
    /// </summary>
    public static decimal AmountFor(decimal cost, int? sessions, int units) =>
        sessions is > 0 ? Pennies(cost * units / sessions.Value) : cost * units;

    /// <summary>A session still to happen, or happened and not yet marked.</summary>
    public static bool Committed(SessionStatus status) => status == SessionStatus.Booked;

    /// <summary>
    /// A session whose cost is spent. A did-not-attend counts as delivered: the clinician's time
    /// was set aside and could not be given to anyone else at no notice, so it is charged like a
    /// late cancellation, and it already keeps counting against the plan (<c>PlanAllowance.Counts</c>).
    /// A cancellation in good time, or by the service, costs nothing.
    /// </summary>
    public static bool Delivered(SessionStatus status, bool lateCancellation) => status switch
    {
        SessionStatus.Attended or SessionStatus.DidNotAttend => true,
        SessionStatus.CancelledByFamily => lateCancellation,
        _ => false,
    };

    public enum PlaceState
    {
        None,
        Committed,
        Delivered,
    }

    /// <summary>
    /// A course place: delivered once enrolled on a cohort that has ended, or completed; committed
    /// while offered or enrolled on one still to end; otherwise (waiting, withdrawn, lapsed, a
    /// cancelled cohort) it costs nothing.
    /// </summary>
    public static PlaceState Place(PlaceStatus status, DateTimeOffset? completedAt, DateTimeOffset cohortEnds, bool cohortCancelled, DateTimeOffset now)
    {
        if (status == PlaceStatus.Enrolled && (completedAt is not null || (!cohortCancelled && cohortEnds <= now))) return PlaceState.Delivered;
        if (cohortCancelled) return PlaceState.None;
        return status is PlaceStatus.Offered or PlaceStatus.Enrolled ? PlaceState.Committed : PlaceState.None;
    }

    /// <summary>One line from its item and how many of its units are committed and delivered.</summary>
    public static LineSpend Line(Guid itemId, PlanItemKind kind, FundingRoute funding, string? reference, int? sessions, decimal cost,
        int committedUnits, int deliveredUnits)
    {
        var unit = UnitOf(kind, sessions);
        var perUnit = unit == SpendUnit.Session ? sessions : null;
        var delivered = AmountFor(cost, perUnit, deliveredUnits);
        // Committed is what delivering every unit used would cost, less what is delivered, so the
        // two add up to the same pennies however they round.
        var committed = AmountFor(cost, perUnit, deliveredUnits + committedUnits) - delivered;
        return new LineSpend(itemId, kind, funding, reference, unit, perUnit, Rate(cost, perUnit), cost,
            committedUnits, committed, deliveredUnits, delivered);
    }

    public static IReadOnlyList<RouteSpend> Totals(IEnumerable<LineSpend> lines) =>
        lines.GroupBy(l => l.Funding).OrderBy(g => g.Key)
            .Select(g => new RouteSpend(g.Key, g.Sum(l => l.Approved), g.Sum(l => l.Committed), g.Sum(l => l.Delivered)))
            .ToList();

    /// <summary>The remainder as people say it: "£120.00", or "over by £40.00".</summary>
    public static string Remaining(decimal remaining) =>
        remaining < 0 ? $"over by {FundingRules.Money(-remaining)}" : FundingRules.Money(remaining);

    /// <summary>A funding route in a few words, for a table of figures.</summary>
    public static string RouteName(FundingRoute route) => route switch
    {
        FundingRoute.SelfFunded => "Self-funded",
        FundingRoute.Asgsf => "ASGSF",
        FundingRoute.Commissioned => "Commissioned",
        _ => "Funding not settled",
    };

    public static decimal Pennies(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
