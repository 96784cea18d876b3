namespace Alongside.Web.Kernel.Care;

public static class PlanQueries
{
    public static IQueryable<PlanView> ToView(this IQueryable<SupportPlan> plans) =>
        plans.Select(p => new PlanView(
            p.Id, p.FamilyId, p.Child!.FirstName, p.Organisation!.Name, p.Version, p.Status, p.StartDate, p.ReviewDate, p.CreatedAt, p.ParentComment,
            p.Goals.OrderBy(g => g.Order).Select(g => g.Text).ToList(),
            p.Items.OrderBy(i => i.Kind).Select(i => new PlanItemView(i.Kind, i.Sessions, i.SessionsUsed, i.Funding, i.Cost, i.FundingReference)).ToList()));

    /// <summary>Every version of the plans for this child in this family, newest first.</summary>
    public static Task<List<PlanVersion>> VersionsAsync(AlongsideDbContext db, Guid familyId, string childName) =>
        db.SupportPlans.Where(p => p.FamilyId == familyId && p.Child!.FirstName == childName)
            .OrderByDescending(p => p.Version).ThenByDescending(p => p.CreatedAt).Take(50)
            .Select(p => new PlanVersion(p.Id, p.Version, p.Status, p.CreatedAt)).ToListAsync();
}
