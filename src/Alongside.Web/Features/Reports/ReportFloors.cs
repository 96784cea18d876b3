using System.Security.Claims;
using Alongside.Web.Infrastructure;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alongside.Web.Features.Reports;

/// <summary>
/// Benchmark floor for bench/reports.sh: the report page's own work without the page (the scope
/// built by <see cref="ReportModel.LoadAsync"/> for the same reader and filters, counted by
/// <see cref="ReportBuilder.BuildAsync"/>, small numbers hidden), answered with one line of text,
/// so the ratio shows what rendering, the charts' tables and the layout add. Mapped only with
/// <see cref="BenchmarkFloors.Setting"/>.
/// </summary>
public static class ReportFloors
{
    public static WebApplication MapReportFloors(this WebApplication app)
    {
        if (BenchmarkFloors.Group(app) is not { } floors) return app;
        floors.MapGet("/reports/{organisationId:guid}", async (Guid organisationId, [AsParameters] ReportFilters filters, ClaimsPrincipal user,
            AlongsideDbContext db, ReportBuilder builder, LocalAuthorities authorities, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var state = new ModelStateDictionary();
            if (await ReportModel.LoadAsync(db, authorities, user.Id(), organisationId, filters, clock.UkToday(), state) is not { } loaded) return Results.NotFound();
            if (loaded.Scope is not { } scope)
            {
                return Results.Text(string.Join("; ", state.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), statusCode: StatusCodes.Status400BadRequest);
            }
            var report = await builder.BuildAsync(scope, cancellationToken);
            var tables = report.Sections.SelectMany(s => s.Tables).ToList();
            string Total(string id) => tables.FirstOrDefault(t => t.Id == id)?.Total.Text ?? "no";
            return Results.Text($"{Total("referrals-source")} referrals, {Total(SessionsSection.Attendance)} sessions, {tables.Count} tables ({tables.Count(t => t.AnyHidden)} hiding a number)");
        }).RequireAuthorization(Policies.Staff);
        return app;
    }
}
