using static Alongside.Tests.Kernel.Measures.ShippedInstruments;

namespace Alongside.Tests.Kernel.Measures;

/// <summary>PHQ-9 and GAD-7 scored by hand from their published scoring, and the goals measure.</summary>
public sealed class WellbeingScoringTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, "Minimal", false)]
    [InlineData(new[] { 1, 1, 1, 1, 0, 0, 0, 0, 0 }, 4, "Minimal", false)]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 5, "Mild", false)]
    [InlineData(new[] { 2, 2, 1, 1, 1, 1, 1, 0, 0 }, 9, "Mild", false)]
    [InlineData(new[] { 2, 2, 2, 1, 1, 1, 1, 0, 0 }, 10, "Moderate", true)]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 1, 0 }, 15, "Moderately severe", true)]
    [InlineData(new[] { 3, 3, 3, 2, 2, 2, 2, 2, 1 }, 20, "Severe", true)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 27, "Severe", true)]
    public void Phq9_adds_its_nine_items_into_its_bands(int[] answers, int total, string band, bool clinical)
    {
        var score = InstrumentScoring.Score(Get("phq-9"), Answers(answers));
        Assert.Equal((total, band, clinical), ((int)score.Total, score.Band!.Label, score.InClinicalRange));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 1, 1, 1, 0, 0 }, 4, "Minimal", false)]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1 }, 7, "Mild", false)]
    [InlineData(new[] { 2, 1, 1, 1, 1, 1, 1 }, 8, "Mild", true)]
    [InlineData(new[] { 2, 2, 2, 2, 1, 1, 0 }, 10, "Moderate", true)]
    [InlineData(new[] { 3, 3, 2, 2, 2, 2, 1 }, 15, "Severe", true)]
    public void Gad7_adds_its_seven_items_into_its_bands(int[] answers, int total, string band, bool clinical)
    {
        var score = InstrumentScoring.Score(Get("gad-7"), Answers(answers));
        Assert.Equal((total, band, clinical), ((int)score.Total, score.Band!.Label, score.InClinicalRange));
    }

    [Theory]
    // PHQ-9: lower is better; 6 points is reliable; 10 is the cut-off.
    [InlineData("phq-9", 16, 10, ChangeKind.ReliableImprovement, false, false)]
    [InlineData("phq-9", 16, 9, ChangeKind.ReliableImprovement, true, false)]
    [InlineData("phq-9", 16, 11, ChangeKind.NoReliableChange, false, false)]
    [InlineData("phq-9", 4, 10, ChangeKind.ReliableDeterioration, false, true)]
    [InlineData("phq-9", 9, 10, ChangeKind.NoReliableChange, false, true)]
    // GAD-7: 4 points is reliable; 8 is the cut-off.
    [InlineData("gad-7", 12, 8, ChangeKind.ReliableImprovement, false, false)]
    [InlineData("gad-7", 12, 7, ChangeKind.ReliableImprovement, true, false)]
    [InlineData("gad-7", 5, 9, ChangeKind.ReliableDeterioration, false, true)]
    [InlineData("gad-7", 12, 9, ChangeKind.NoReliableChange, false, false)]
    public void Change_from_baseline_is_judged_by_the_reliable_change_and_the_cut_off(string id, int baseline, int latest, ChangeKind kind, bool recovered, bool becameClinical)
    {
        var change = InstrumentScoring.Compare(Get(id), baseline, latest);
        Assert.Equal((kind, recovered, becameClinical), (change.Kind, change.ReliableRecovery, change.MovedIntoClinicalRange));
        Assert.Equal(latest - baseline, change.Difference);
    }

    [Theory]
    [InlineData(2, 5, ChangeKind.ReliableImprovement)]
    [InlineData(2, 4, ChangeKind.NoReliableChange)]
    [InlineData(7, 4, ChangeKind.ReliableDeterioration)]
    [InlineData(7, 5, ChangeKind.NoReliableChange)]
    public void A_goal_that_moves_three_points_has_changed_meaningfully(int before, int after, ChangeKind kind) =>
        Assert.Equal(kind, InstrumentScoring.Compare(Get("goals"), before, after).Kind);

    [Fact]
    public void The_goals_total_is_the_mean_of_the_goals_to_two_places()
    {
        var goals = Get("goals");
        Assert.Equal(3.67m, InstrumentScoring.Score(goals, Answers(2, 4, 5)).Total);
        Assert.Empty(InstrumentScoring.Check(goals, Answers(2, 4, 5), goalCount: 3));
        Assert.Equal([(3, "Choose an answer")], InstrumentScoring.Check(goals, Answers(2, 4), goalCount: 3));
        Assert.Contains(InstrumentScoring.Check(goals, Answers(2, 11), goalCount: 2), p => p.Item == 2);
    }

    [Fact]
    public void Answers_are_refused_when_missing_out_of_range_or_not_part_of_the_measure()
    {
        var phq = Get("phq-9");
        var problems = InstrumentScoring.Check(phq, new Dictionary<int, int> { [1] = 0, [2] = 4, [3] = -1, [10] = 1 });
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 10], problems.Select(p => p.Item).Order().ToList());
        Assert.Equal("Choose one of the answers, from 0 to 3", problems.Single(p => p.Item == 2).Problem);
    }

    [Fact]
    public void Only_phq9_item_9_is_a_risk_item_and_any_answer_above_0_counts()
    {
        var risky = ShippedInstruments.All.SelectMany(i => i.Items.Where(x => x.RiskAbove is not null).Select(x => (i.Id, x.Number, x.RiskAbove))).ToList();
        Assert.Equal([("phq-9", 9, (int?)0)], risky);
    }

    [Fact]
    public void Feedback_is_the_mean_of_its_ratings_and_the_free_text_is_optional()
    {
        var feedback = Get("session-feedback");
        var answers = Answers(4, 3, 3, 4);
        Assert.Empty(InstrumentScoring.Check(feedback, answers));
        Assert.Equal(3.5m, InstrumentScoring.Score(feedback, answers).Total);
    }
}
