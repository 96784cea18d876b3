using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// "My progress": each goal over time, and each questionnaire's scores with their bands in plain
/// words and what the change since the first one means. The tables are the page. Two queries.
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class ProgressModel(AlongsideDbContext db, InstrumentCatalogue catalogue) : PageModel
{
    public sealed record Point(DateTimeOffset At, decimal Total, Band? Band, bool Late, bool WithClinician);

    public sealed record Measure(Instrument Instrument, IReadOnlyList<Point> Points, Change? Change);

    /// <summary>One goal's ratings, keyed by the goal's words (a new plan version may reword it).</summary>
    public sealed record GoalLine(string Goal, IReadOnlyList<(DateTimeOffset At, int Rating)> Ratings, Change? Change);

    public IReadOnlyList<GoalLine> Goals { get; private set; } = [];
    public IReadOnlyList<Measure> Questionnaires { get; private set; } = [];

    public async Task OnGetAsync() => (Goals, Questionnaires) = await LoadAsync(db, catalogue, User.Id());

    /// <summary>The page's SQL and what it makes of it; the benchmark floor (<see cref="OutcomeFloors"/>) calls this too.</summary>
    public static async Task<(IReadOnlyList<GoalLine> Goals, IReadOnlyList<Measure> Questionnaires)> LoadAsync(AlongsideDbContext db, InstrumentCatalogue catalogue, Guid me)
    {
        // Feedback is not progress; of the rest, the newest 500 (a long history keeps its latest scores).
        var shown = catalogue.All.Where(i => i.Kind != InstrumentKind.Feedback).Select(i => i.Id).ToList();
        var responses = (await db.MeasureResponses.Where(r => db.FamilyIdsCaredForBy(me).Contains(r.FamilyId) && shown.Contains(r.InstrumentId))
            .OrderByDescending(r => r.AnsweredAt).Take(500)
            .Select(r => new { r.Id, r.InstrumentId, r.AnsweredAt, r.Total, r.Late, WithClinician = r.WithClinicianUserId != null })
            .ToListAsync()).OrderBy(r => r.AnsweredAt).ToList();
        var goalIds = responses.Where(r => r.InstrumentId == MeasureSchedule.Goals).Select(r => r.Id).ToList();
        var goalAnswers = await db.MeasureAnswers.Where(a => goalIds.Contains(a.ResponseId) && a.Value != null)
            .Select(a => new { a.ResponseId, a.Item, a.Value, a.Text }).ToListAsync();

        var goals = catalogue.Find(MeasureSchedule.Goals);
        var when = responses.ToDictionary(r => r.Id, r => r.AnsweredAt);
        IReadOnlyList<GoalLine> lines = goals is null ? [] : goalAnswers.GroupBy(a => a.Text ?? $"Goal {a.Item}")
            .Select(g =>
            {
                var ratings = g.Select(a => (At: when[a.ResponseId], Rating: a.Value!.Value)).OrderBy(x => x.At).ToList();
                return new GoalLine(g.Key, ratings, ratings.Count > 1 ? InstrumentScoring.Compare(goals, ratings[0].Rating, ratings[^1].Rating) : null);
            }).ToList();

        var questionnaires = responses.Where(r => r.InstrumentId != MeasureSchedule.Goals)
            .GroupBy(r => r.InstrumentId)
            .Select(g => catalogue.Find(g.Key) is { Kind: InstrumentKind.Questionnaire } instrument
                ? new Measure(instrument,
                    g.Select(r => new Point(r.AnsweredAt, r.Total, instrument.Bands.FirstOrDefault(b => r.Total >= b.From && r.Total <= b.To), r.Late, r.WithClinician)).ToList(),
                    g.Count() > 1 ? InstrumentScoring.Compare(instrument, g.First().Total, g.Last().Total) : null)
                : null)
            .OfType<Measure>().ToList();
        return (lines, questionnaires);
    }

    /// <summary>What a change means, in plain words.</summary>
    public static string Meaning(Change change, bool goal) => change.Kind switch
    {
        ChangeKind.ReliableImprovement when change.ReliableRecovery => "A real improvement: more than the measure's margin of error, and now outside the range where extra help is usually offered.",
        ChangeKind.ReliableImprovement => goal ? "A real step towards this goal: 3 points or more since the first rating." : "A real improvement: more than the measure's margin of error.",
        ChangeKind.ReliableDeterioration => goal ? "Further from this goal than at first, by 3 points or more. Your care team can see this and may talk it through with you." : "Harder than at the start, by more than the margin of error. Your care team can see this and may talk it through with you.",
        ChangeKind.NoReliableChange => "About the same as at the start: the change is within the measure's margin of error.",
        _ => "",
    };
}
