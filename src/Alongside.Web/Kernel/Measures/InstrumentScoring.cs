namespace Alongside.Web.Kernel.Measures;

/// <summary>A scored measure: the total, each subscale, its band and whether it is in the clinical range.</summary>
public sealed record Score(decimal Total, IReadOnlyDictionary<string, decimal> Subscales, Band? Band, bool InClinicalRange);

/// <summary>How a later score compares with the first.</summary>
public enum ChangeKind
{
    /// <summary>The instrument publishes no reliable-change figure.</summary>
    NotJudged,
    NoReliableChange,
    ReliableImprovement,
    ReliableDeterioration,
}

/// <summary>
/// The change from baseline: the difference in the total, whether it is more than measurement
/// error and in which direction, and whether the score crossed the clinical cut-off.
/// </summary>
public sealed record Change(decimal Difference, ChangeKind Kind, bool MovedOutOfClinicalRange, bool MovedIntoClinicalRange)
{
    /// <summary>Reliable improvement that also left the clinical range ("reliable recovery").</summary>
    public bool ReliableRecovery => Kind == ChangeKind.ReliableImprovement && MovedOutOfClinicalRange;
}

/// <summary>
/// Scoring as each instrument's file says: reverse items count as (lowest + highest − answer),
/// totals are the sum or the mean of the scored items (a goals measure: the mean of its goals),
/// subscales the same over their items, means to two decimal places.
/// </summary>
public static class InstrumentScoring
{
    /// <summary>The lowest and highest total the instrument can give.</summary>
    public static (decimal Low, decimal High) Range(Instrument i)
    {
        if (i.Options.Count == 0) return (0, 0);
        if (i.Method == ScoringMethod.Mean || i.Kind == InstrumentKind.Goals) return (i.Lowest, i.Highest);
        var n = i.ScoredItems.Count();
        return (i.Lowest * n, i.Highest * n);
    }

    /// <summary>
    /// What is wrong with a set of answers (item number → value), for the person answering:
    /// a missing item, an answer that is not one of the options, an item the instrument lacks.
    /// </summary>
    public static IReadOnlyList<(int Item, string Problem)> Check(Instrument i, IReadOnlyDictionary<int, int> answers, int goalCount = 0)
    {
        var values = i.Options.Select(o => o.Value).ToHashSet();
        var expected = i.Kind == InstrumentKind.Goals
            ? Enumerable.Range(1, goalCount).Select(n => (Number: n, Optional: false)).ToList()
            : i.ScoredItems.Select(x => (x.Number, x.Optional)).ToList();
        var problems = new List<(int, string)>();
        foreach (var (number, optional) in expected)
        {
            if (!answers.TryGetValue(number, out var value))
            {
                if (!optional) problems.Add((number, "Choose an answer"));
            }
            else if (!values.Contains(value))
            {
                problems.Add((number, $"Choose one of the answers, from {i.Lowest} to {i.Highest}"));
            }
        }
        var known = expected.Select(e => e.Number).ToHashSet();
        problems.AddRange(answers.Keys.Where(k => !known.Contains(k)).Select(k => (k, "This question is not part of the measure")));
        return problems;
    }

    /// <summary>Scores answers that <see cref="Check"/> passed. Optional items left out are not counted.</summary>
    public static Score Score(Instrument i, IReadOnlyDictionary<int, int> answers)
    {
        var counted = i.Kind == InstrumentKind.Goals
            ? answers.ToDictionary(a => a.Key, a => (decimal)a.Value)
            : i.ScoredItems.Where(x => answers.ContainsKey(x.Number))
                .ToDictionary(x => x.Number, x => (decimal)(x.Reverse ? i.Lowest + i.Highest - answers[x.Number] : answers[x.Number]));
        var mean = i.Method == ScoringMethod.Mean || i.Kind == InstrumentKind.Goals;
        var total = Combine(counted.Values, mean);
        var subscales = i.Subscales.ToDictionary(s => s.Id, s => Combine(s.Items.Where(counted.ContainsKey).Select(n => counted[n]), mean));
        var band = i.Bands.FirstOrDefault(b => total >= b.From && total <= b.To);
        return new Score(total, subscales, band, InClinicalRange(i, total));
    }

    public static bool InClinicalRange(Instrument i, decimal total) => i.ClinicalCutOff is { } cut
        && (i.Direction == ScoreDirection.HigherIsWorse ? total >= cut : total <= cut);

    /// <summary>Compares a later total with the baseline total.</summary>
    public static Change Compare(Instrument i, decimal baseline, decimal latest)
    {
        var difference = latest - baseline;
        var better = i.Direction == ScoreDirection.HigherIsBetter ? difference : -difference;
        var kind = i.ReliableChange is not { } rc ? ChangeKind.NotJudged
            : better >= rc ? ChangeKind.ReliableImprovement
            : -better >= rc ? ChangeKind.ReliableDeterioration
            : ChangeKind.NoReliableChange;
        var before = InClinicalRange(i, baseline);
        var after = InClinicalRange(i, latest);
        return new Change(difference, kind, before && !after, !before && after);
    }

    private static decimal Combine(IEnumerable<decimal> values, bool mean)
    {
        var list = values.ToList();
        if (list.Count == 0) return 0;
        return mean ? Math.Round(list.Average(), 2, MidpointRounding.AwayFromZero) : list.Sum();
    }
}
