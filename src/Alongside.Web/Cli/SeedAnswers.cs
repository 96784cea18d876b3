namespace Alongside.Web.Cli;

/// <summary>Made-up answers for the benchmark seeds: every scored item near one place on its scale.</summary>
internal static class SeedAnswers
{
    /// <summary>
    /// Each scored item's value near <paramref name="target"/> (0 the lowest answer, 1 the highest),
    /// give or take half of <paramref name="spread"/>; reversed items are mirrored, as a person answers them.
    /// </summary>
    public static Dictionary<int, int> Near(Instrument instrument, double target, double spread, Random random)
    {
        var (low, high) = (instrument.Lowest, instrument.Highest);
        return instrument.ScoredItems.ToDictionary(item => item.Number, item =>
        {
            var value = (int)Math.Round(low + ((high - low) * Math.Clamp(target + ((random.NextDouble() - 0.5) * spread), 0, 1)));
            return item.Reverse ? low + high - value : value;
        });
    }
}
