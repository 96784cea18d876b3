using System.Text.Json;

namespace Alongside.Web.Features.Plans;

/// <summary>
/// "supportPlans" in the download: every version of the family's plans as /family/plans shows
/// them (goals, support, sessions used and left, funding and cost, the changes they asked for).
/// Three queries (the plans, their goals, their items).
/// </summary>
internal sealed class PlanData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 30;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var mine = db.FamilyIdsCaredForBy(subject.UserId);
        // A family has a handful of plans and versions, each a few lines: read whole.
        var plans = await db.SupportPlans.Where(p => mine.Contains(p.FamilyId))
            .OrderBy(p => p.Child!.FirstName).ThenBy(p => p.Version).ThenBy(p => p.CreatedAt)
            .ToView().AsSplitQuery().ToListAsync(cancellationToken);
        json.WriteStartArray("supportPlans");
        foreach (var plan in plans)
        {
            json.WriteStartObject();
            json.Text("for", plan.ChildName);
            json.Text("from", plan.Organisation);
            json.WriteNumber("version", plan.Version);
            json.Instant("writtenAt", plan.CreatedAt);
            json.Text("status", PlanChoices.Status(plan.Status));
            json.Date("startDate", plan.StartDate);
            json.Date("reviewDate", plan.ReviewDate);
            json.Text("changesYouAskedFor", plan.ParentComment);
            json.Strings("goals", plan.Goals);
            json.WriteStartArray("support");
            foreach (var item in plan.Items)
            {
                json.WriteStartObject();
                json.Text("what", PlanChoices.Describe(item.Kind));
                json.Number("sessions", item.Sessions);
                json.Number("sessionsUsed", item.Sessions is null ? null : item.SessionsUsed);
                json.Number("sessionsLeft", item.Remaining);
                json.Text("paidForBy", ReferralChoices.Label(ReferralChoices.Funding, item.Funding) + (item.Reference is null ? "" : $" ({item.Reference})"));
                json.WriteNumber("cost", item.Cost);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
