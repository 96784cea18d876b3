using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Features.Reports;

/// <summary>What families said about sessions in the period: each question's average rating, over 5 or more answers.</summary>
public sealed class FeedbackSection(InstrumentCatalogue catalogue) : IReportSection
{
    public int Order => 60;

    public async Task<RawSection> CountAsync(AlongsideDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var figures = new List<RawFigure>();
        foreach (var instrument in catalogue.All.Where(i => i.Id == MeasureSchedule.SessionFeedback))
        {
            var (start, end, org, id) = (scope.Start, scope.End, scope.OrganisationId, instrument.Id);
            var responses = db.MeasureResponses.Where(r => r.InstrumentId == id && r.AnsweredAt >= start && r.AnsweredAt < end
                && db.Sessions.Any(s => s.Id == r.SessionId && s.OrganisationId == org));
            if (scope.FamilyIds(db) is { } families) responses = responses.Where(r => families.Contains(r.FamilyId));
            // From the period's responses to their answers by key: asked the other way round, every answer ever given was read.
            var items = await responses.Join(db.MeasureAnswers.Where(a => a.Value != null), r => r.Id, a => a.ResponseId, (r, a) => a)
                .GroupBy(a => a.Item)
                .Select(g => new { Item = g.Key, Count = g.LongCount(), Sum = g.Sum(a => (long)a.Value!.Value) })
                .ToListAsync(cancellationToken);
            foreach (var item in instrument.ScoredItems)
            {
                var line = items.FirstOrDefault(i => i.Item == item.Number);
                var count = line?.Count ?? 0;
                figures.Add(new RawFigure($"“{item.Text ?? $"Question {item.Number}"}”: average rating", count,
                    count == 0 ? null : Math.Round((decimal)line!.Sum / count, 1), $"out of {instrument.Highest}"));
            }
        }
        return new RawSection("Feedback on sessions", [], figures);
    }
}
