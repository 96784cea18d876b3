namespace Alongside.IntegrationTests.Support;

public static class Plans
{
    /// <summary>A support plan the family has agreed, from today for three months, with these goals in order; not yet saved.</summary>
    public static SupportPlan AgreedPlan(this AlongsideApp app, Guid familyId, Guid childId, Guid organisationId, Guid createdBy, params string[] goals)
    {
        var today = DateOnly.FromDateTime(app.Now.UtcDateTime);
        var plan = new SupportPlan
        {
            FamilyId = familyId,
            ChildId = childId,
            OrganisationId = organisationId,
            Status = PlanStatus.Agreed,
            CreatedByUserId = createdBy,
            StartDate = today,
            ReviewDate = today.AddMonths(3),
            CreatedAt = app.Now,
        };
        for (var i = 0; i < goals.Length; i++) plan.Goals.Add(new PlanGoal { Order = i + 1, Text = goals[i] });
        return plan;
    }
}
