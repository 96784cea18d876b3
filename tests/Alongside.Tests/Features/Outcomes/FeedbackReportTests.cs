using Alongside.Web.Features.Outcomes;

namespace Alongside.Tests.Features.Outcomes;

public class FeedbackReportTests
{
    private static readonly Guid Ann = Guid.NewGuid();
    private static readonly Guid Bo = Guid.NewGuid();
    private static readonly Dictionary<Guid, string> Names = new() { [Ann] = "Ann", [Bo] = "Bo" };

    /// <summary>One family's answer to the four rated questions, on a given UK date.</summary>
    private static IEnumerable<FeedbackRating> Answer(Guid clinician, DateTimeOffset at, params int[] values)
    {
        var response = Guid.NewGuid();
        return values.Select((v, i) => new FeedbackRating(clinician, at, response, i + 1, v));
    }

    [Fact]
    public void Averages_are_per_question_over_the_families_that_answered_rounded_to_one_place()
    {
        var at = new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
        var ratings = Enumerable.Range(0, 5).SelectMany(n => Answer(Ann, at, 4, 3, n % 2 == 0 ? 4 : 2, 3)).ToList();
        var line = Assert.Single(FeedbackReport.ByClinician(ratings, Names));
        Assert.Equal(("Ann", 5, false), (line.Label, line.Responses, line.TooFew));
        // Question 3: 4, 2, 4, 2, 4 averages 3.2.
        Assert.Equal([4.0m, 3.0m, 3.2m, 3.0m], line.Averages.OrderBy(a => a.Key).Select(a => a.Value));
    }

    [Fact]
    public void Fewer_than_five_answers_is_too_few_to_show()
    {
        var at = new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
        var ratings = Enumerable.Range(0, 4).SelectMany(_ => Answer(Bo, at, 1, 1, 1, 1)).ToList();
        Assert.True(Assert.Single(FeedbackReport.ByClinician(ratings, Names)).TooFew);
    }

    [Fact]
    public void Months_are_in_UK_time_newest_first()
    {
        // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST).
        var lateMay = new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero);
        var april = new DateTimeOffset(2026, 4, 15, 12, 0, 0, TimeSpan.Zero);
        var lines = FeedbackReport.ByMonth([.. Answer(Ann, lateMay, 4, 4, 4, 4), .. Answer(Bo, april, 2, 2, 2, 2)]);
        Assert.Equal(["June 2026", "April 2026"], lines.Select(l => l.Label));
    }
}
