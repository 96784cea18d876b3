namespace Alongside.Web.Kernel.Reports;

public static class ReportMaths
{
    /// <summary>Median and 90th percentile (nearest rank) of some values; null when there are none.</summary>
    public static (decimal Median, decimal Ninetieth)? Spread(IReadOnlyCollection<decimal> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        decimal Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return (median, Rank(0.9));
    }
}
