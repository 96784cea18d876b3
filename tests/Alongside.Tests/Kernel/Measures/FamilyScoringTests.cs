using static Alongside.Tests.Kernel.Measures.ShippedInstruments;

namespace Alongside.Tests.Kernel.Measures;

/// <summary>BPSES, SCORE-15 and the parent ESQ scored by hand from their published scoring.</summary>
public sealed class FamilyScoringTests
{
    [Theory]
    // The sum of the five answers, each 1 to 5.
    [InlineData(new[] { 1, 1, 1, 1, 1 }, 5)]      // 1+1+1+1+1
    [InlineData(new[] { 2, 2, 3, 1, 2 }, 10)]     // 2+2+3+1+2
    [InlineData(new[] { 4, 3, 5, 2, 4 }, 18)]     // 4+3+5+2+4
    [InlineData(new[] { 5, 5, 5, 5, 5 }, 25)]     // 5+5+5+5+5
    public void Bpses_adds_its_five_answers(int[] answers, int total)
    {
        var score = InstrumentScoring.Score(Get("bpses"), Answers(answers));
        Assert.Equal(total, score.Total);
        Assert.Null(score.Band);
        Assert.False(score.InClinicalRange);
    }

    [Fact]
    public void Bpses_runs_from_5_to_25_higher_is_more_confident_and_change_is_not_judged()
    {
        var bpses = Get("bpses");
        Assert.Equal((5m, 25m), InstrumentScoring.Range(bpses));
        Assert.Equal(ScoreDirection.HigherIsBetter, bpses.Direction);
        var change = InstrumentScoring.Compare(bpses, 12, 20);
        Assert.Equal((8m, ChangeKind.NotJudged), (change.Difference, change.Kind));
    }

    [Theory]
    // Items 2, 4, 5, 7, 8, 9, 11, 12, 13 and 14 count as 6 − answer; the rest as answered.
    // Every item "describes us very well" (1): strengths 1 each, the ten others 6−1 = 5 each;
    // total (5×1 + 10×5) / 15 = 55/15 = 3.666… → 3.67.
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }, 3.67, 1.0, 5.0, 5.0)]
    // Strengths 1, difficulties 5 (6−5 = 1): every item counts 1; total 15/15 = 1.
    [InlineData(new[] { 1, 5, 1, 5, 5, 1, 5, 5, 5, 1, 5, 5, 5, 5, 1 }, 1.0, 1.0, 1.0, 1.0)]
    // Strengths 5, difficulties 1 (6−1 = 5): every item counts 5; total 75/15 = 5.
    [InlineData(new[] { 5, 1, 5, 1, 1, 5, 1, 1, 1, 5, 1, 1, 1, 1, 5 }, 5.0, 5.0, 5.0, 5.0)]
    // Counted 2, 6−4=2, 1, 6−5=1, 6−3=3, 2, 6−4=2, 6−5=1, 6−3=3, 2, 6−4=2, 6−4=2, 6−5=1, 6−3=3, 1.
    // Strengths (1, 3, 6, 10, 15) 2+1+2+2+1 = 8 → 1.6; difficulties (5, 7, 9, 11, 14) 3+2+3+2+3 = 13 → 2.6;
    // communication (2, 4, 8, 12, 13) 2+1+1+2+1 = 7 → 1.4; total (8+13+7)/15 = 28/15 = 1.866… → 1.87.
    [InlineData(new[] { 2, 4, 1, 5, 3, 2, 4, 5, 3, 2, 4, 4, 5, 3, 1 }, 1.87, 1.6, 2.6, 1.4)]
    // All 3: the middle answer reversed is still 3 (6−3).
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 3.0, 3.0, 3.0, 3.0)]
    public void Score15_averages_its_items_with_the_difficulty_items_reversed(int[] answers, double total, double strengths, double difficulties, double communication)
    {
        var score = InstrumentScoring.Score(Get("score-15"), Answers(answers));
        Assert.Equal((decimal)total, score.Total);
        Assert.Equal((decimal)strengths, score.Subscales["strengths"]);
        Assert.Equal((decimal)difficulties, score.Subscales["difficulties"]);
        Assert.Equal((decimal)communication, score.Subscales["communication"]);
    }

    [Fact]
    public void Score15_has_its_three_subscales_of_five_items_each_and_every_item_in_one()
    {
        var score15 = Get("score-15");
        Assert.Equal(["strengths", "difficulties", "communication"], score15.Subscales.Select(s => s.Id));
        Assert.Equal(Enumerable.Range(1, 15), score15.Subscales.SelectMany(s => s.Items).Order());
        Assert.Equal([2, 4, 5, 7, 8, 9, 11, 12, 13, 14], score15.Items.Where(i => i.Reverse).Select(i => i.Number));
        Assert.Equal((ScoreDirection.HigherIsWorse, 1m, 5m), (score15.Direction, InstrumentScoring.Range(score15).Low, InstrumentScoring.Range(score15).High));
        Assert.Equal(ChangeKind.NotJudged, InstrumentScoring.Compare(score15, 3.2m, 1.4m).Kind);
    }

    [Theory]
    // The average of the twelve rated answers (1 to 3); the three free-text questions do not count.
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 3.0)]    // 36/12 = 3
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 3, 3 }, 2.75)]   // (9×3 + 3×2)/12 = 33/12 = 2.75
    [InlineData(new[] { 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3 }, 2.0)]    // 4×(1+2+3)/12 = 24/12 = 2
    [InlineData(new[] { 3, 3, 2, 3, 3, 2, 3, 1, 2, 3, 3, 3 }, 2.58)]   // 31/12 = 2.583… → 2.58
    public void Esq_is_the_average_of_its_twelve_ratings(int[] answers, double total)
    {
        var esq = Get("esq-parent");
        Assert.Empty(InstrumentScoring.Check(esq, Answers(answers)));
        var score = InstrumentScoring.Score(esq, Answers(answers));
        Assert.Equal((decimal)total, score.Total);
        Assert.Empty(score.Subscales);
    }

    [Fact]
    public void Esq_needs_every_rating_answered_from_1_to_3_and_leaves_the_free_text_optional()
    {
        var esq = Get("esq-parent");
        Assert.Equal(InstrumentKind.Feedback, esq.Kind);
        Assert.Equal([13, 14, 15], esq.Items.Where(i => i.FreeText && i.Optional).Select(i => i.Number));

        var answers = Answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        answers[4] = 0;
        var problems = InstrumentScoring.Check(esq, answers);
        Assert.Equal([(4, "Choose one of the answers, from 1 to 3"), (12, "Choose an answer")], problems);
    }
}
