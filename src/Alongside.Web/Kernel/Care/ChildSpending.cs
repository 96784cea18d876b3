namespace Alongside.Web.Kernel.Care;

/// <summary>
/// Every plan version of one child with its items, and the sessions and course places charged to
/// them: what the money of a plan, and ASGSF spend in a financial year, are worked out from.
/// Loaded in four SQL commands whatever the number of plans, sessions or places.
/// </summary>
public sealed record ChildSpending(
    IReadOnlyList<ChildSpending.Plan> Plans,
    IReadOnlyList<ChildSpending.Item> Items,
    IReadOnlyList<ChildSpending.SessionUse> Sessions,
    IReadOnlyList<ChildSpending.PlaceUse> Places)
{
    public sealed record Plan(Guid Id, Guid? PreviousVersionId, PlanStatus Status, DateOnly StartDate);

    public sealed record Item(Guid Id, Guid PlanId, PlanItemKind Kind, int? Sessions, FundingRoute Funding, decimal Cost, string? Reference, DateOnly? DeliveredOn);

    public sealed record SessionUse(Guid PlanItemId, SessionStatus Status, bool LateCancellation, DateTimeOffset StartsAt);

    /// <summary>A course place with when its cohort ends (its last week's meeting) and whether the cohort was cancelled.</summary>
    public sealed record PlaceUse(Guid PlanItemId, PlaceStatus Status, DateTimeOffset? CompletedAt, DateTimeOffset CohortEnds, bool CohortCancelled);

    public static async Task<ChildSpending> LoadAsync(AlongsideDbContext db, Guid childId)
    {
        var plans = await db.SupportPlans.Where(p => p.ChildId == childId)
            .Select(p => new Plan(p.Id, p.PreviousVersionId, p.Status, p.StartDate)).ToListAsync();
        var items = await db.PlanItems.Where(i => db.SupportPlans.Any(p => p.Id == i.PlanId && p.ChildId == childId))
            .Select(i => new Item(i.Id, i.PlanId, i.Kind, i.Sessions, i.Funding, i.Cost, i.FundingReference, i.DeliveredOn)).ToListAsync();
        var itemIds = db.PlanItems.Where(i => db.SupportPlans.Any(p => p.Id == i.PlanId && p.ChildId == childId)).Select(i => (Guid?)i.Id);
        var sessions = await db.Sessions.Where(s => itemIds.Contains(s.PlanItemId))
            .Select(s => new SessionUse(s.PlanItemId!.Value, s.Status, s.LateCancellation, s.StartsAt)).ToListAsync();
        var places = (await db.CoursePlaces.Where(p => itemIds.Contains(p.PlanItemId))
                .Select(p => new { p.PlanItemId, p.Status, p.CompletedAt, p.Cohort!.StartsOn, p.Cohort.StartTime, p.Cohort.EndTime, p.Cohort.Course!.Weeks, p.Cohort.CancelledAt })
                .ToListAsync())
            .Select(p => new PlaceUse(p.PlanItemId!.Value, p.Status, p.CompletedAt,
                CohortMeetings.EndOf(p.StartsOn, p.StartTime, p.EndTime, Math.Max(1, p.Weeks)), p.CancelledAt is not null))
            .ToList();
        return new ChildSpending(plans, items, sessions, places);
    }

    /// <summary>The plan and the versions it replaced, newest first.</summary>
    public IReadOnlyList<Guid> Lineage(Guid planId) => Lineage(planId, Plans.ToDictionary(p => p.Id));

    /// <summary>A plan and the versions it replaced, newest first, among <paramref name="byId"/> (any number of children's plans).</summary>
    public static IReadOnlyList<Guid> Lineage(Guid planId, IReadOnlyDictionary<Guid, Plan> byId)
    {
        var chain = new List<Guid>();
        for (Guid? id = planId; id is { } current && byId.TryGetValue(current, out var plan) && !chain.Contains(current); id = plan.PreviousVersionId)
        {
            chain.Add(current);
        }
        return chain;
    }

    /// <summary>
    /// Each of a plan's lines. A new version carries over the sessions used (<c>NewPlan</c>), and
    /// sessions and places stay on the item of the version they were booked under, so a line counts
    /// those of its kind in every version it replaced, at its own rate.
    /// </summary>
    public IReadOnlyList<LineSpend> Lines(Guid planId, DateTimeOffset now)
    {
        var lineage = Lineage(planId);
        return Items.Where(i => i.PlanId == planId).OrderBy(i => i.Kind).Select(item =>
        {
            var (committed, delivered) = Units(item, lineage, now, _ => true);
            return PlanSpend.Line(item.Id, item.Kind, item.Funding, item.Reference, item.Sessions, item.Cost, committed, delivered);
        }).ToList();
    }

    /// <summary>
    /// ASGSF spend for the child in the financial year starting 1 April <paramref name="yearStart"/>:
    /// delivered, by the day it was delivered (the session's date, the day recorded, the cohort's
    /// last meeting), in the plans now in force; and planned, the cost of ASGSF items in plans in
    /// force that started in the year (as the new-plan warning counts it).
    /// </summary>
    public AsgsfYear Asgsf(int yearStart, DateTimeOffset now)
    {
        var from = new DateOnly(yearStart, 4, 1);
        var to = from.AddYears(1);
        bool InYear(DateOnly day) => day >= from && day < to;
        decimal deliveredTherapy = 0, deliveredAssessment = 0;
        foreach (var plan in Plans.Where(p => p.Status != PlanStatus.Superseded))
        {
            var lineage = Lineage(plan.Id);
            foreach (var item in Items.Where(i => i.PlanId == plan.Id && i.Funding == FundingRoute.Asgsf))
            {
                var unit = PlanSpend.UnitOf(item.Kind, item.Sessions);
                var (_, units) = Units(item, lineage, now, InYear);
                var amount = PlanSpend.AmountFor(item.Cost, unit == SpendUnit.Session ? item.Sessions : null, units);
                if (item.Kind == PlanItemKind.SpecialistAssessment) deliveredAssessment += amount;
                else deliveredTherapy += amount;
            }
        }
        var planned = FundingRules.Use(Plans.Where(p => p.Status != PlanStatus.Superseded && InYear(p.StartDate))
            .SelectMany(p => Items.Where(i => i.PlanId == p.Id)).Select(i => (i.Kind, i.Funding, i.Cost)));
        return new AsgsfYear(yearStart, new AsgsfUse(deliveredTherapy, deliveredAssessment), planned);
    }

    /// <summary>Committed and delivered units of an item (delivered ones only on a day <paramref name="deliveredOn"/> accepts).</summary>
    private (int Committed, int Delivered) Units(Item item, IReadOnlyList<Guid> lineage, DateTimeOffset now, Func<DateOnly, bool> deliveredOn)
    {
        var sameKind = Items.Where(i => i.Kind == item.Kind && lineage.Contains(i.PlanId)).Select(i => i.Id).ToHashSet();
        switch (PlanSpend.UnitOf(item.Kind, item.Sessions))
        {
            case SpendUnit.Session:
                var sessions = Sessions.Where(s => sameKind.Contains(s.PlanItemId)).ToList();
                return (sessions.Count(s => PlanSpend.Committed(s.Status)),
                    sessions.Count(s => PlanSpend.Delivered(s.Status, s.LateCancellation) && deliveredOn(UkTime.DateOf(s.StartsAt))));
            case SpendUnit.Place:
                var states = Places.Where(p => sameKind.Contains(p.PlanItemId))
                    .Select(p => (State: PlanSpend.Place(p.Status, p.CompletedAt, p.CohortEnds, p.CohortCancelled, now),
                        Day: UkTime.DateOf(p.CohortEnds <= now ? p.CohortEnds : p.CompletedAt ?? p.CohortEnds)))
                    .ToList();
                return (states.Count(s => s.State == PlanSpend.PlaceState.Committed),
                    states.Count(s => s.State == PlanSpend.PlaceState.Delivered && deliveredOn(s.Day)));
            default:
                return (0, item.DeliveredOn is { } day && deliveredOn(day) ? 1 : 0);
        }
    }
}

/// <summary>A child's ASGSF spend in one financial year: delivered and planned, therapy and assessment.</summary>
public sealed record AsgsfYear(int YearStart, AsgsfUse Delivered, AsgsfUse Planned);
