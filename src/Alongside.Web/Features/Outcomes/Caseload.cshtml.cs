using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// A clinician's caseload: the families on their care team with the latest scores, change from
/// baseline, reliable improvement or deterioration, clinical cut-off crossings and overdue
/// measures, worse and overdue first, 25 a page. Three queries whatever the caseload's size; the
/// families shown are audited as read.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class CaseloadModel(AlongsideDbContext db, InstrumentCatalogue catalogue, AuditLog audit, IOptions<MeasureOptions> options, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<CaseloadRow> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }
    public int Total { get; private set; }

    public async Task OnGetAsync(int? p)
    {
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        (Rows, Total) = await LoadAsync(db, catalogue, audit, options.Value, clock, User.Id(), PageNumber);
        HasMore = Total > PageNumber * PageSize;
    }

    /// <summary>
    /// The page's SQL and nothing else: the three queries, then the audited reads of the page's
    /// families. The benchmark floor (<see cref="OutcomeFloors"/>) calls this too.
    /// </summary>
    public static async Task<(IReadOnlyList<CaseloadRow> Rows, int Total)> LoadAsync(AlongsideDbContext db, InstrumentCatalogue catalogue, AuditLog audit,
        MeasureOptions options, TimeProvider clock, Guid me, int pageNumber)
    {
        var mine = db.CareTeamMembers.Where(m => m.UserId == me).Select(m => m.FamilyId);
        var families = await db.Families.Where(f => mine.Contains(f.Id)).Select(f => new { f.Id, f.Name }).ToListAsync();

        // First and latest total of each scored measure per family, worked out in the database.
        var scored = catalogue.All.Where(i => i.Kind != InstrumentKind.Feedback).Select(i => i.Id).ToList();
        var scores = await db.MeasureResponses.Where(r => mine.Contains(r.FamilyId) && scored.Contains(r.InstrumentId))
            .GroupBy(r => new { r.FamilyId, r.InstrumentId })
            .Select(g => new
            {
                g.Key.FamilyId,
                g.Key.InstrumentId,
                Count = g.Count(),
                First = g.OrderBy(r => r.AnsweredAt).Select(r => r.Total).First(),
                Latest = g.OrderByDescending(r => r.AnsweredAt).Select(r => r.Total).First(),
            }).ToListAsync();
        var overdueBefore = clock.GetUtcNow().AddDays(-options.OverdueAfterDays);
        var overdue = await db.MeasuresDue.Open().Where(d => mine.Contains(d.FamilyId) && d.DueAt < overdueBefore)
            .GroupBy(d => d.FamilyId).Select(g => new { FamilyId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.FamilyId, x => x.Count);

        var byFamily = scores.ToLookup(s => s.FamilyId);
        var rows = families.Select(f => new CaseloadRow(f.Id, f.Name,
            byFamily[f.Id].Select(s => catalogue.Find(s.InstrumentId) is { } i ? Line(i, s.First, s.Latest, s.Count) : null).OfType<ScoreLine>()
                .OrderBy(l => l.Instrument, StringComparer.Ordinal).ToList(),
            overdue.GetValueOrDefault(f.Id)));
        var sorted = CaseloadOrder.Sort(rows).ToList();
        var shown = sorted.Skip((pageNumber - 1) * PageSize).Take(PageSize).ToList();
        if (shown.Count > 0) await audit.RecordReadsAsync("Family", shown.Select(r => (r.FamilyId, r.FamilyId)).ToList(), "Read the family's outcome scores on the caseload");
        return (shown, sorted.Count);
    }

    private static ScoreLine Line(Instrument instrument, decimal first, decimal latest, int count) => new(
        instrument.Name, latest, instrument.Bands.FirstOrDefault(b => latest >= b.From && latest <= b.To)?.Label,
        count > 1 ? InstrumentScoring.Compare(instrument, first, latest) : null, count);
}
