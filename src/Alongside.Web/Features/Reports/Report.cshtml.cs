using System.Globalization;
using Alongside.Web.Infrastructure.TagHelpers;
using Alongside.Web.Kernel.Reports;
using CsvHelper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Reports;

/// <summary>
/// One provider's report for a period: the organisation's own staff read its service report; a
/// commissioner reads the part about the families it commissions or that live in its area. Both
/// see only aggregates with small numbers hidden (Kernel/Reports/Suppression), on the page, in
/// the CSV and in the print layout alike. Anyone else gets 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReportModel(AlongsideDbContext db, ReportBuilder builder, LocalAuthorities authorities, TimeProvider clock) : PageModel
{
    public ReportAccess.Reader Reader { get; private set; } = null!;
    public ReportFilters Filters { get; private set; } = new();
    public PublishedReport? Report { get; private set; }
    public IReadOnlyList<Option> Services { get; private set; } = [];
    public IReadOnlyList<Option> Areas { get; private set; } = [];
    public string? CommissionerName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, ReportFilters filters, CancellationToken cancellationToken)
    {
        if (await ReadAsync(organisationId, filters) is not { } scope) return Reader is null ? NotFound() : Page();
        Report = await builder.BuildAsync(scope, cancellationToken);
        return Page();
    }

    /// <summary>The same report as CSV: the same hidden numbers, one line per row and figure.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid organisationId, ReportFilters filters, CancellationToken cancellationToken)
    {
        if (await ReadAsync(organisationId, filters) is not { } scope) return Reader is null ? NotFound() : Page();
        var report = await builder.BuildAsync(scope, cancellationToken);
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var heading in new[] { "Section", "Table or figure", "Row", "Value", "Share of total" }) csv.WriteField(heading);
            await csv.NextRecordAsync();
            async Task Line(params string?[] fields)
            {
                foreach (var f in fields) csv.WriteField(f ?? "");
                await csv.NextRecordAsync();
            }
            await Line("Report", $"{Reader.Name}{(CommissionerName is null ? "" : $", for {CommissionerName}")}", "Period", $"{scope.From:yyyy-MM-dd} to {scope.To:yyyy-MM-dd}", "");
            foreach (var section in report.Sections)
            {
                foreach (var table in section.Tables)
                {
                    foreach (var row in table.Rows) await Line(section.Heading, table.Title, row.Label, row.Count.Text, row.Share);
                    await Line(section.Heading, table.Title, "Total", table.Total.Text, "");
                    if (table.Note is { } note) await Line(section.Heading, table.Title, "Note", note, "");
                }
                foreach (var figure in section.Figures) await Line(section.Heading, figure.Label, "", figure.Text, "");
            }
        }
        var name = $"alongside-report-{scope.From:yyyy-MM-dd}-to-{scope.To:yyyy-MM-dd}.csv";
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(writer.ToString())).ToArray(), "text/csv; charset=utf-8", name);
    }

    /// <summary>The query string of this report's filters, for the CSV link.</summary>
    public string Query(string? handler = null)
    {
        var parts = new List<string>();
        if (handler is not null) parts.Add($"handler={handler}");
        if (Filters.From is { } f) parts.Add($"from={f:yyyy-MM-dd}");
        if (Filters.To is { } t) parts.Add($"to={t:yyyy-MM-dd}");
        if (Filters.Service is { } s) parts.Add($"service={s}");
        if (Filters.Funding is { } fr) parts.Add($"funding={fr}");
        if (!string.IsNullOrEmpty(Filters.La)) parts.Add($"la={Uri.EscapeDataString(Filters.La)}");
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private async Task<ReportScope?> ReadAsync(Guid organisationId, ReportFilters filters)
    {
        if (await LoadAsync(db, authorities, User.Id(), organisationId, filters, clock.UkToday(), ModelState) is not { } loaded) return null;
        (Reader, Filters, Services, Areas, CommissionerName) = (loaded.Reader, filters, loaded.Services, loaded.Areas, loaded.CommissionerName);
        return loaded.Scope;
    }

    /// <summary>What the page knows before it counts: who reads, the choices its filters offer, and the scope (null with the problems in <paramref name="state"/>).</summary>
    public sealed record Loaded(ReportAccess.Reader Reader, IReadOnlyList<Option> Services, IReadOnlyList<Option> Areas, string? CommissionerName, ReportScope? Scope);

    /// <summary>
    /// Who may read this provider's report and the scope their filters describe; null when they
    /// may not read it. The page, its CSV and the benchmark floor (<see cref="ReportFloors"/>)
    /// all build the scope here, then count it with <see cref="ReportBuilder.BuildAsync"/>.
    /// </summary>
    public static async Task<Loaded?> LoadAsync(AlongsideDbContext db, LocalAuthorities authorities, Guid userId, Guid organisationId, ReportFilters filters, DateOnly today, ModelStateDictionary state)
    {
        if (await ReportAccess.ForAsync(db, userId, organisationId, today) is not { } reader) return null;
        var services = await db.Services.Where(s => s.OrganisationId == organisationId).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync();
        if (reader.Commissioner is { AllServices: false } c) services = [.. services.Where(s => c.ServiceIds.Contains(s.Id))];
        // Areas: the local authorities the provider's referrals name (a commissioner's own view is already its area).
        var codes = await db.Referrals.Where(r => r.OrganisationId == organisationId && r.LocalAuthorityCode != null)
            .Select(r => r.LocalAuthorityCode!).Distinct().OrderBy(c => c).Take(500).ToListAsync();
        var areas = codes.Select(code => new Option(code, authorities.Name(code))).OrderBy(a => a.Label, StringComparer.Ordinal).ToList();
        var commissionerName = reader.Commissioner is { } view
            ? await db.Organisations.Where(o => o.Id == view.OrganisationId).Select(o => o.Name).SingleAsync()
            : null;
        var scope = filters.Check(state, today, reader, [.. services.Select(s => s.Id)], [.. codes]);
        return new Loaded(reader, [.. services.Select(s => new Option(s.Id.ToString(), s.Name))], areas, commissionerName, scope);
    }
}
