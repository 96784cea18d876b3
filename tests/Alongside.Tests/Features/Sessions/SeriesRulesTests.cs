using Alongside.Web.Features.Sessions;

namespace Alongside.Tests.Features.Sessions;

public sealed class SeriesRulesTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static DateTimeOffset Utc(int y, int m, int d, int h) => new(y, m, d, h, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_weekly_series_keeps_its_UK_time_across_the_clocks_going_forward()
    {
        // Thursdays at 4pm from 19 March 2026; the clocks go forward on Sunday 29 March.
        var dates = SeriesRules.Occurrences(new DateOnly(2026, 3, 19), new TimeOnly(16, 0), Repeat.Weekly, 3, London);
        Assert.Equal([Utc(2026, 3, 19, 16), Utc(2026, 3, 26, 16), Utc(2026, 4, 2, 15)], dates);
    }

    [Fact]
    public void A_fortnightly_series_keeps_its_UK_time_across_the_clocks_going_back()
    {
        // Mondays at 10am from 19 October 2026; the clocks go back on Sunday 25 October.
        var dates = SeriesRules.Occurrences(new DateOnly(2026, 10, 19), new TimeOnly(10, 0), Repeat.Fortnightly, 3, London);
        Assert.Equal([Utc(2026, 10, 19, 9), Utc(2026, 11, 2, 10), Utc(2026, 11, 16, 10)], dates);
    }

    [Fact]
    public void A_time_the_clocks_skip_is_left_out_of_the_series()
    {
        // Sundays at 1:30am: on 29 March 2026 that time does not exist in London.
        var dates = SeriesRules.Occurrences(new DateOnly(2026, 3, 22), new TimeOnly(1, 30), Repeat.Weekly, 3, London);
        Assert.Equal([Utc(2026, 3, 22, 1).AddMinutes(30), Utc(2026, 4, 5, 0).AddMinutes(30)], dates);
    }

    [Theory]
    [InlineData(Repeat.None, 5, 1)]
    [InlineData(Repeat.Weekly, 0, 1)]
    [InlineData(Repeat.Weekly, 100, SeriesRules.MaxSessions)]
    public void The_number_of_sessions_is_bounded(Repeat repeat, int asked, int expected) =>
        Assert.Equal(expected, SeriesRules.Occurrences(new DateOnly(2026, 1, 5), new TimeOnly(9, 0), repeat, asked, London).Count);
}
