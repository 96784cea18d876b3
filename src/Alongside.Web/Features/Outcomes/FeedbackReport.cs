namespace Alongside.Web.Features.Outcomes;

/// <summary>One rated answer to the session feedback: whose session, when, which question, the rating.</summary>
public sealed record FeedbackRating(Guid ClinicianId, DateTimeOffset AnsweredAt, Guid ResponseId, int Item, int Value);

/// <summary>A line of the report: how many answered, and each question's average out of the top of the scale.</summary>
public sealed record FeedbackLine(string Label, int Responses, IReadOnlyDictionary<int, decimal> Averages)
{
    /// <summary>Too few answers to show averages: a family's own ratings could be picked out.</summary>
    public bool TooFew => Responses < FeedbackReport.Fewest;
}

/// <summary>
/// Session feedback gathered up per clinician and per month. Averages are shown only over
/// <see cref="Fewest"/> answers or more, so that no one family's ratings can be read off a line.
/// </summary>
public static class FeedbackReport
{
    public const int Fewest = 5;

    public static IReadOnlyList<FeedbackLine> ByClinician(IEnumerable<FeedbackRating> ratings, IReadOnlyDictionary<Guid, string> names) =>
        ratings.GroupBy(r => r.ClinicianId)
            .Select(g => Line(names.GetValueOrDefault(g.Key, "Former member"), g))
            .OrderBy(l => l.Label, StringComparer.Ordinal).ToList();

    /// <summary>Each month of the period with any answers, newest first, in UK time.</summary>
    public static IReadOnlyList<FeedbackLine> ByMonth(IEnumerable<FeedbackRating> ratings) =>
        ratings.GroupBy(r => TimeDisplay.Local(r.AnsweredAt, "yyyy-MM"))
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => Line(TimeDisplay.Local(g.First().AnsweredAt, "MMMM yyyy"), g)).ToList();

    private static FeedbackLine Line(string label, IEnumerable<FeedbackRating> ratings)
    {
        var list = ratings.ToList();
        var averages = list.GroupBy(r => r.Item).ToDictionary(g => g.Key, g => Math.Round((decimal)g.Average(r => r.Value), 1));
        return new FeedbackLine(label, list.Select(r => r.ResponseId).Distinct().Count(), averages);
    }
}
