namespace Alongside.Web.Kernel.Measures;

/// <summary>
/// The end-of-support report for the referrer and the funder: what was agreed, what was delivered
/// and attended, the money of each funding line, and, when questionnaires were answered, how the
/// first and latest scores of each compare. Never more about the family than that.
/// </summary>
public sealed record EndOfSupportReport(
    PlanView Plan,
    DateTimeOffset? EndedAt,
    PlanEndReason? EndReason,
    IReadOnlyList<EndOfSupportReport.Attendance> Sessions,
    IReadOnlyList<EndOfSupportReport.CoursePlace> Places,
    IReadOnlyList<LineSpend> Money,
    IReadOnlyList<EndOfSupportReport.Outcome> Outcomes)
{
    /// <summary>The sessions of one line, by what became of them.</summary>
    public sealed record Attendance(PlanItemKind Kind, int? Agreed, int Attended, int DidNotAttend, int CancelledLate, int CancelledInGoodTime, int CancelledByService, int StillBooked);

    public sealed record CoursePlace(PlaceStatus Status, bool Completed);

    /// <summary>One questionnaire: the first and latest scores and what the change means, when answered more than once.</summary>
    public sealed record Outcome(string Instrument, decimal First, decimal Latest, int Count, Change? Change);

    /// <summary>
    /// The report of a plan the caller may read (<paramref name="readable"/>, the access check, in
    /// the query: anything else is null). A replaced version has none: its successor reports on it.
    /// </summary>
    public static async Task<EndOfSupportReport?> LoadAsync(AlongsideDbContext db, InstrumentCatalogue catalogue, IQueryable<SupportPlan> readable, Guid planId, DateTimeOffset now)
    {
        var found = await readable.Where(p => p.Id == planId && p.Status != PlanStatus.Superseded)
            .Select(p => new { p.ChildId, p.FamilyId, p.EndedAt, p.EndReason }).SingleOrDefaultAsync();
        if (found is null) return null;
        var plan = await db.SupportPlans.Where(p => p.Id == planId).ToView().AsSplitQuery().SingleAsync();
        var spending = await ChildSpending.LoadAsync(db, found.ChildId);
        var lineage = spending.Lineage(planId);
        var lineageIds = lineage.Select(id => (Guid?)id).ToList();

        var items = spending.Items.Where(i => i.PlanId == planId).OrderBy(i => i.Kind).ToList();
        var attendance = items.Where(i => PlanSpend.UnitOf(i.Kind, i.Sessions) == SpendUnit.Session).Select(item =>
        {
            var sameKind = spending.Items.Where(i => i.Kind == item.Kind && lineage.Contains(i.PlanId)).Select(i => i.Id).ToHashSet();
            var sessions = spending.Sessions.Where(s => sameKind.Contains(s.PlanItemId)).ToList();
            int Count(SessionStatus status, bool? late = null) => sessions.Count(s => s.Status == status && (late is null || s.LateCancellation == late));
            return new Attendance(item.Kind, item.Sessions, Count(SessionStatus.Attended), Count(SessionStatus.DidNotAttend),
                Count(SessionStatus.CancelledByFamily, true), Count(SessionStatus.CancelledByFamily, false), Count(SessionStatus.CancelledByService), Count(SessionStatus.Booked));
        }).ToList();
        var courseItems = spending.Items.Where(i => i.Kind == PlanItemKind.GroupCourse && lineage.Contains(i.PlanId)).Select(i => i.Id).ToHashSet();
        var places = spending.Places.Where(p => courseItems.Contains(p.PlanItemId)).Select(p => new CoursePlace(p.Status, p.CompletedAt is not null)).ToList();

        // First and latest total of each scored questionnaire answered under this plan or the versions it replaced.
        var scored = catalogue.All.Where(i => i.Kind != InstrumentKind.Feedback).Select(i => i.Id).ToList();
        var scores = await db.MeasureResponses.Where(r => r.FamilyId == found.FamilyId && lineageIds.Contains(r.PlanId) && scored.Contains(r.InstrumentId))
            .GroupBy(r => r.InstrumentId)
            .Select(g => new
            {
                InstrumentId = g.Key,
                Count = g.Count(),
                First = g.OrderBy(r => r.AnsweredAt).Select(r => r.Total).First(),
                Latest = g.OrderByDescending(r => r.AnsweredAt).Select(r => r.Total).First(),
            }).ToListAsync();
        var outcomes = scores.Select(s => catalogue.Find(s.InstrumentId) is { } i
                ? new Outcome(i.Name, s.First, s.Latest, s.Count, s.Count > 1 ? InstrumentScoring.Compare(i, s.First, s.Latest) : null)
                : null)
            .OfType<Outcome>().OrderBy(o => o.Instrument, StringComparer.Ordinal).ToList();

        return new EndOfSupportReport(plan, found.EndedAt, found.EndReason, attendance, places, spending.Lines(planId, now), outcomes);
    }

    /// <summary>What a change means, in plain words.</summary>
    public static string Describe(Change change) => change.Kind switch
    {
        ChangeKind.ReliableImprovement => change.ReliableRecovery ? "reliable improvement, out of the clinical range" : "reliable improvement",
        ChangeKind.ReliableDeterioration => change.MovedIntoClinicalRange ? "reliable deterioration, into the clinical range" : "reliable deterioration",
        ChangeKind.NoReliableChange => "no reliable change",
        _ => "no reliable-change figure is published for this measure",
    };
}
