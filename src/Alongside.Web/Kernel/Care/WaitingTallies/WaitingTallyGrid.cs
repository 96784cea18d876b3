namespace Alongside.Web.Kernel.Care.WaitingTallies;

/// <summary>
/// The buckets waiting tallies count in: weeks for when a referral joined the list, days for when
/// one left it, both from a fixed instant, so every organisation's buckets line up and a bucket's
/// edges can be compared in SQL on both databases.
/// </summary>
public static class WaitingTallyGrid
{
    private static readonly DateTimeOffset Origin = new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Before any referral joined a list: the edge of the whole buckets when there are none.</summary>
    public static readonly DateTimeOffset Before = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Where a waiting referral with no date is counted: ahead of nobody at its priority, as the records count it.</summary>
    public static readonly DateTimeOffset Never = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static (DateTimeOffset Start, DateTimeOffset End) WeekOf(DateTimeOffset? at) => BucketOf(at, TimeSpan.FromDays(7));

    public static (DateTimeOffset Start, DateTimeOffset End) DayOf(DateTimeOffset at) => BucketOf(at, TimeSpan.FromDays(1));

    private static (DateTimeOffset Start, DateTimeOffset End) BucketOf(DateTimeOffset? at, TimeSpan width)
    {
        if (at is not { } instant) return (Never, Never);
        var start = Origin.AddTicks((instant.UtcTicks - Origin.UtcTicks) / width.Ticks * width.Ticks);
        // Before the origin, division rounds towards zero: step back one bucket.
        if (start > instant) start -= width;
        return (start, start + width);
    }
}
