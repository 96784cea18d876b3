namespace Alongside.Web.Features.Outcomes;

/// <summary>The measures a parent may see and answer: those of the families they care for, decided in the query.</summary>
internal static class FamilyMeasures
{
    public static IQueryable<MeasureDue> DueFor(AlongsideDbContext db, Guid userId) =>
        db.MeasuresDue.Open().Where(d => db.FamilyIdsCaredForBy(userId).Contains(d.FamilyId));

    /// <summary>The goals a goals measure asks about: the plan's, in order.</summary>
    public static async Task<List<string>> GoalsAsync(AlongsideDbContext db, MeasureDue due) =>
        due.PlanId is { } planId
            ? await db.PlanGoals.Where(g => g.PlanId == planId).OrderBy(g => g.Order).Select(g => g.Text).ToListAsync()
            : [];
}
