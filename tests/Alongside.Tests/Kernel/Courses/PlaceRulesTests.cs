namespace Alongside.Tests.Kernel.Courses;

public sealed class PlaceRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_offer_lasts_its_hours_when_the_first_meeting_is_further_off()
    {
        Assert.Equal(Now.AddHours(48), PlaceRules.OfferExpires(Now, 48, Now.AddDays(10)));
    }

    [Fact]
    public void An_offer_never_runs_past_the_first_meeting()
    {
        var first = Now.AddHours(10);
        Assert.Equal(first, PlaceRules.OfferExpires(Now, 48, first));
        Assert.Equal(first, PlaceRules.OfferExpires(Now, 10, first));
    }

    [Fact]
    public void Places_are_offered_only_while_the_first_meeting_is_ahead()
    {
        Assert.True(PlaceRules.StillOffering(Now, Now.AddTicks(1)));
        Assert.False(PlaceRules.StillOffering(Now, Now));
        Assert.False(PlaceRules.StillOffering(Now, Now.AddMinutes(-1)));
    }

    [Theory]
    [InlineData(6, 6, true)]
    [InlineData(8, 6, true)]
    [InlineData(5, 6, false)]
    [InlineData(0, 0, false)]
    [InlineData(3, 0, false)]
    public void Completion_needs_the_minimum_weeks_and_a_minimum_of_at_least_one(int attended, int minimum, bool completed)
    {
        Assert.Equal(completed, PlaceRules.Completed(attended, minimum));
    }

    [Fact]
    public void Training_without_renewal_is_current_for_good()
    {
        Assert.Null(PlaceRules.RenewalDue(Now, null));
        Assert.Null(PlaceRules.RenewalDue(Now, 0));
        Assert.True(PlaceRules.Current(Now, null, new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void Renewal_from_the_end_of_a_month_falls_on_the_last_day_of_a_shorter_month()
    {
        var completed = new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 2, 28), PlaceRules.RenewalDue(completed, 1));
        Assert.Equal(new DateOnly(2028, 2, 29), PlaceRules.RenewalDue(new DateTimeOffset(2028, 1, 31, 12, 0, 0, TimeSpan.Zero), 1));
        Assert.Equal(new DateOnly(2026, 4, 30), PlaceRules.RenewalDue(new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero), 1));
    }

    [Fact]
    public void Renewal_counts_from_the_uk_date_of_completion()
    {
        // 23:30 UTC on 30 June is already 1 July in London.
        var completed = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2027, 7, 1), PlaceRules.RenewalDue(completed, 12));
    }

    [Fact]
    public void Training_is_current_until_the_day_before_its_renewal_date()
    {
        var completed = new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);
        Assert.True(PlaceRules.Current(completed, 1, new DateOnly(2026, 2, 27)));
        Assert.False(PlaceRules.Current(completed, 1, new DateOnly(2026, 2, 28)));
        Assert.False(PlaceRules.Current(completed, 1, new DateOnly(2026, 3, 1)));
    }
}

public sealed class CohortMeetingsTests
{
    private static DateTime London(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, UkTime.Zone).DateTime;

    [Fact]
    public void Weeks_fall_seven_days_apart_from_the_start_date()
    {
        var starts = new DateOnly(2026, 1, 14);
        Assert.Equal(starts, CohortMeetings.DateOf(starts, 1));
        Assert.Equal(new DateOnly(2026, 1, 28), CohortMeetings.DateOf(starts, 3));
        Assert.Equal(new DateOnly(2026, 3, 4), CohortMeetings.DateOf(starts, 8));
    }

    [Fact]
    public void In_winter_a_meeting_starts_at_the_same_time_in_utc()
    {
        var start = CohortMeetings.StartOf(new DateOnly(2026, 1, 14), new TimeOnly(18, 30), 2);
        Assert.Equal(new DateTimeOffset(2026, 1, 21, 18, 30, 0, TimeSpan.Zero), start);
        Assert.Equal(start.AddHours(2), CohortMeetings.EndOf(new DateOnly(2026, 1, 14), new TimeOnly(18, 30), new TimeOnly(20, 30), 2));
    }

    [Fact]
    public void A_week_across_the_spring_clocks_change_keeps_the_uk_clock_time()
    {
        // Clocks go forward on 29 March 2026: week 1 is 19:00 GMT, week 2 is 19:00 BST.
        var starts = new DateOnly(2026, 3, 25);
        var week1 = CohortMeetings.StartOf(starts, new TimeOnly(19, 0), 1);
        var week2 = CohortMeetings.StartOf(starts, new TimeOnly(19, 0), 2);
        Assert.Equal(new DateTimeOffset(2026, 3, 25, 19, 0, 0, TimeSpan.Zero), week1);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 18, 0, 0, TimeSpan.Zero), week2);
        Assert.Equal(new TimeSpan(6, 23, 0, 0), week2 - week1);
        Assert.Equal(new DateTime(2026, 4, 1, 19, 0, 0), London(week2));
    }

    [Fact]
    public void A_week_across_the_autumn_clocks_change_keeps_the_uk_clock_time()
    {
        // Clocks go back on 25 October 2026.
        var starts = new DateOnly(2026, 10, 21);
        var week1 = CohortMeetings.StartOf(starts, new TimeOnly(19, 0), 1);
        var week2 = CohortMeetings.StartOf(starts, new TimeOnly(19, 0), 2);
        Assert.Equal(new DateTimeOffset(2026, 10, 21, 18, 0, 0, TimeSpan.Zero), week1);
        Assert.Equal(new DateTimeOffset(2026, 10, 28, 19, 0, 0, TimeSpan.Zero), week2);
        Assert.Equal(new DateTime(2026, 10, 28, 19, 0, 0), London(week2));
    }

    [Fact]
    public void A_meeting_at_a_time_the_clocks_skip_moves_on_an_hour()
    {
        // 01:30 on 29 March 2026 does not exist in London; it becomes 02:30 BST.
        var start = CohortMeetings.StartOf(new DateOnly(2026, 3, 22), new TimeOnly(1, 30), 2);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTime(2026, 3, 29, 2, 30, 0), London(start));
    }

    [Fact]
    public void Weeks_started_counts_meetings_that_have_begun()
    {
        var starts = new DateOnly(2026, 1, 14);
        var time = new TimeOnly(18, 0);
        var first = CohortMeetings.StartOf(starts, time, 1);
        Assert.Equal(0, CohortMeetings.WeeksStarted(starts, time, 8, first.AddTicks(-1)));
        Assert.Equal(1, CohortMeetings.WeeksStarted(starts, time, 8, first));
        Assert.Equal(3, CohortMeetings.WeeksStarted(starts, time, 8, first.AddDays(14).AddHours(1)));
        Assert.Equal(3, CohortMeetings.WeeksStarted(starts, time, 8, first.AddDays(21).AddTicks(-1)));
        Assert.Equal(8, CohortMeetings.WeeksStarted(starts, time, 8, first.AddYears(1)));
    }

    [Fact]
    public void Weeks_started_across_the_clocks_change_uses_the_uk_meeting_time()
    {
        // Week 2 starts at 18:00 UTC (19:00 BST), an hour before 19:00 UTC.
        var starts = new DateOnly(2026, 3, 25);
        var time = new TimeOnly(19, 0);
        Assert.Equal(2, CohortMeetings.WeeksStarted(starts, time, 8, new DateTimeOffset(2026, 4, 1, 18, 0, 0, TimeSpan.Zero)));
        Assert.Equal(1, CohortMeetings.WeeksStarted(starts, time, 8, new DateTimeOffset(2026, 4, 1, 17, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_cohort_knows_its_first_start_and_last_end()
    {
        var cohort = new Cohort { StartsOn = new DateOnly(2026, 1, 14), StartTime = new TimeOnly(18, 0), EndTime = new TimeOnly(20, 0) };
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 18, 0, 0, TimeSpan.Zero), cohort.FirstStart());
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 20, 0, 0, TimeSpan.Zero), cohort.LastEnd(8));
    }
}
