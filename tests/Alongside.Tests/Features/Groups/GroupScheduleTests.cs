using Alongside.Web.Features.Groups;

namespace Alongside.Tests.Features.Groups;

public sealed class GroupScheduleTests
{
    [Fact]
    public void The_second_Tuesday_of_the_month_meets_at_7pm_UK_time_through_the_clocks_changing()
    {
        var next = GroupSchedule.Next("FREQ=MONTHLY;BYDAY=2TU", new DateOnly(2026, 1, 13), new TimeOnly(19, 0), new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), 3);
        Assert.Equal(
            [new DateTimeOffset(2026, 2, 10, 19, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 10, 19, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 14, 18, 0, 0, TimeSpan.Zero)],
            next);
    }

    [Fact]
    public void A_fortnightly_group_skips_a_week()
    {
        var next = GroupSchedule.Next("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", new DateOnly(2026, 11, 5), new TimeOnly(10, 0), new DateTimeOffset(2026, 11, 6, 0, 0, 0, TimeSpan.Zero), 2);
        Assert.Equal([new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero)], next);
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYDAY=2TU", 19, 0, 21, 0, "Second Tuesday of the month, 7pm to 9pm")]
    [InlineData("FREQ=WEEKLY;BYDAY=WE", 10, 30, 12, 0, "Every Wednesday, 10:30am to 12pm")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", 10, 0, 12, 0, "Every 2 weeks on Saturday, 10am to 12pm")]
    [InlineData("FREQ=MONTHLY;BYDAY=-1FR", 18, 0, 20, 0, "Last Friday of the month, 6pm to 8pm")]
    public void Rules_are_described_in_plain_words(string rule, int sh, int sm, int eh, int em, string words) =>
        Assert.Equal(words, GroupSchedule.Describe(rule, new TimeOnly(sh, sm), new TimeOnly(eh, em)));

    [Theory]
    [InlineData("")]
    [InlineData("every tuesday")]
    [InlineData("FREQ=SECONDLY")]
    [InlineData("FREQ=DAILY")]
    public void Rules_Alongside_cannot_use_are_refused(string rule) => Assert.Null(GroupSchedule.Parse(rule));
}
