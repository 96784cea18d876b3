namespace Alongside.Tests.Kernel.Time;

public sealed class UkTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Between_midnight_and_one_in_summer_today_is_already_the_uk_date()
    {
        // 00:30 on 2 July in London is still 1 July in UTC.
        var clock = new FixedClock(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 7, 2), clock.UkToday());
    }

    [Fact]
    public void In_winter_the_uk_date_is_the_utc_date()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 15, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 1, 15), clock.UkToday());
    }

    [Fact]
    public void A_time_the_clocks_skip_has_no_instant_and_the_repeated_hour_takes_summer_time()
    {
        Assert.Null(UkTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), UkTime.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(1, 30)));
    }
}
