using Alongside.Web.Kernel.Reports;
using Alongside.Web.Kernel.Reports.Tallies;

namespace Alongside.Web.Features.Reports;

/// <summary>A whole report as it may be published: every section counted from the scope, then small numbers hidden across all of it.</summary>
public sealed record PublishedReport(ReportScope Scope, IReadOnlyList<ShownSection> Sections);

public sealed class ReportBuilder(IEnumerable<IReportSection> sections, AlongsideDbContext db, TimeProvider clock)
{
    public async Task<PublishedReport> BuildAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        scope = await (await scope.WithFamiliesAsync(db, cancellationToken)).WithTalliesAsync(db, clock.GetUtcNow(), cancellationToken);
        var raw = new List<RawSection>();
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            raw.Add(await section.CountAsync(db, scope, cancellationToken));
        }
        // Suppression runs over every table at once, in page order, so a table may depend on an earlier one's hidden cell.
        var tables = Suppression.Apply([.. raw.SelectMany(s => s.Tables)]);
        var shown = raw.Select(s => new ShownSection(
            s.Heading,
            [.. tables.Where(t => s.Tables.Any(r => r.Id == t.Id))],
            [.. s.Figures.Select(Suppression.Apply), .. (s.Rates ?? []).Select(r => Suppression.Apply(r, tables))])).ToList();
        return new PublishedReport(scope, shown);
    }
}
