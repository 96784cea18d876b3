using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Features.Reports;

/// <summary>What families said about sessions in the period: each question's average rating, over 5 or more answers.</summary>
public sealed class FeedbackSection(InstrumentCatalogue catalogue) : IReportSection
{
    public int Order => 60;

    private sealed record Rated(int Item, long Count, long Sum);

    public async Task<RawSection> CountAsync(AlongsideDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var figures = new List<RawFigure>();
        foreach (var instrument in catalogue.All.Where(i => i.Id == MeasureSchedule.SessionFeedback))
        {
            var (org, id) = (scope.OrganisationId, instrument.Id);
            var items = new List<Rated>();
            // The period's closed months from their tallies (TallyBuilder counts them as below), the rest from the answers.
            if (scope.Tallies is { Months: { Count: > 0 } months, Cohorts: var cohorts })
            {
                var tallies = db.FeedbackTallies.Where(t => t.OrganisationId == org && months.Contains(t.Month));
                if (cohorts is not null) tallies = tallies.Where(t => cohorts.Contains(t.CohortId));
                items.AddRange(await tallies.GroupBy(t => t.Item).Select(g => new Rated(g.Key, g.Sum(t => (long)t.Count), g.Sum(t => t.Sum))).ToListAsync(cancellationToken));
            }
            foreach (var (start, end) in scope.Untallied())
            {
                var responses = db.MeasureResponses.Where(r => r.InstrumentId == id && r.AnsweredAt >= start && r.AnsweredAt < end
                    && db.Sessions.Any(s => s.Id == r.SessionId && s.OrganisationId == org));
                if (scope.FamilyIds(db) is { } families) responses = responses.Where(r => families.Contains(r.FamilyId));
                // From the period's responses to their answers by key: asked the other way round, every answer ever given was read.
                items.AddRange(await responses.Join(db.MeasureAnswers.Where(a => a.Value != null), r => r.Id, a => a.ResponseId, (r, a) => a)
                    .GroupBy(a => a.Item)
                    .Select(g => new Rated(g.Key, g.LongCount(), g.Sum(a => (long)a.Value!.Value)))
                    .ToListAsync(cancellationToken));
            }
            foreach (var item in instrument.ScoredItems)
            {
                var lines = items.Where(i => i.Item == item.Number).ToList();
                var (count, sum) = (lines.Sum(l => l.Count), lines.Sum(l => l.Sum));
                figures.Add(new RawFigure($"“{item.Text ?? $"Question {item.Number}"}”: average rating", count,
                    count == 0 ? null : Math.Round((decimal)sum / count, 1), $"out of {instrument.Highest}"));
            }
        }
        return new RawSection("Feedback on sessions", [], figures);
    }
}
