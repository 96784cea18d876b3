using System.Security.Claims;
using Alongside.Web.Infrastructure;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// Benchmark floors for bench/outcomes.sh: the caseload's and the progress page's own SQL (the
/// same method the page calls, audited reads included), answered with one line of text instead
/// of a page, so the ratio shows what rendering and the layout add. Mapped only with
/// <see cref="BenchmarkFloors.Setting"/>.
/// </summary>
public static class OutcomeFloors
{
    public static WebApplication MapOutcomeFloors(this WebApplication app)
    {
        if (BenchmarkFloors.Group(app) is not { } floors) return app;
        floors.MapGet("/caseload", async (ClaimsPrincipal user, AlongsideDbContext db, InstrumentCatalogue catalogue, AuditLog audit,
            IOptions<MeasureOptions> options, TimeProvider clock) =>
        {
            var (rows, total) = await CaseloadModel.LoadAsync(db, catalogue, audit, options.Value, clock, user.Id(), 1);
            return Results.Text($"{rows.Count} of {total} families");
        }).RequireAuthorization(Policies.FamilyWorker);
        floors.MapGet("/progress", async (ClaimsPrincipal user, AlongsideDbContext db, InstrumentCatalogue catalogue) =>
        {
            var (goals, questionnaires) = await ProgressModel.LoadAsync(db, catalogue, user.Id());
            return Results.Text($"{goals.Count} goals, {questionnaires.Count} questionnaires");
        }).RequireAuthorization(Policies.ParentCarer);
        return app;
    }
}
