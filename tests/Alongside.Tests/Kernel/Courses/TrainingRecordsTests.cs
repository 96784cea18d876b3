namespace Alongside.Tests.Kernel.Courses;

public sealed class TrainingRecordsTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static TrainingRecord Record(string course, CourseAudience audience, DateOnly? completed, int? renewalMonths = 12) =>
        new(Guid.NewGuid(), Guid.Empty, course, audience, "Northshire Training", new DateOnly(2020, 1, 6), 8, 8,
            completed is { } day ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : null, renewalMonths);

    [Fact]
    public void The_latest_current_completion_answers_before_a_later_lapsed_one_of_the_same_audience()
    {
        var current = Record("Foundation", CourseAudience.PeerSupporterTraining, new DateOnly(2026, 3, 1), renewalMonths: 24);
        var lapsedButLater = Record("Refresher", CourseAudience.PeerSupporterTraining, new DateOnly(2026, 6, 1), renewalMonths: 3);
        var otherAudience = Record("Supervising", CourseAudience.SupervisorTraining, new DateOnly(2026, 11, 1));
        var running = Record("Advanced", CourseAudience.PeerSupporterTraining, null);
        Assert.Same(current, TrainingRecords.Best([lapsedButLater, running, otherAudience, current], CourseAudience.PeerSupporterTraining, Today));
    }

    [Fact]
    public void Without_a_current_one_the_latest_lapsed_answers_and_without_a_completion_nothing_does()
    {
        var older = Record("Foundation", CourseAudience.PeerSupporterTraining, new DateOnly(2022, 3, 1));
        var newer = Record("Refresher", CourseAudience.PeerSupporterTraining, new DateOnly(2024, 3, 1));
        Assert.Same(newer, TrainingRecords.Best([older, newer], CourseAudience.PeerSupporterTraining, Today));
        Assert.Null(TrainingRecords.Best([Record("Running", CourseAudience.PeerSupporterTraining, null)], CourseAudience.PeerSupporterTraining, Today));
        Assert.Null(TrainingRecords.Best([], CourseAudience.SupervisorTraining, Today));
    }

    [Fact]
    public void Training_is_current_until_its_renewal_date_and_for_good_without_one()
    {
        var due = Record("Foundation", CourseAudience.PeerSupporterTraining, new DateOnly(2025, 12, 2));
        Assert.Equal(new DateOnly(2026, 12, 2), due.RenewalDue);
        Assert.True(due.IsCurrent(Today.AddDays(-1)));
        Assert.False(due.IsCurrent(Today));
        Assert.True(Record("Foundation", CourseAudience.PeerSupporterTraining, new DateOnly(2001, 1, 1), renewalMonths: null).IsCurrent(Today));
        Assert.False(Record("Running", CourseAudience.PeerSupporterTraining, null).IsCurrent(Today));
        Assert.Equal(new DateOnly(2020, 2, 24), due.EndsOn);
    }

    [Fact]
    public void Each_standing_reads_as_one_line()
    {
        const string None = "No completed peer supporter training on Alongside";
        Assert.Equal(None, TrainingRecords.Describe(null, Today, None));
        Assert.Equal("Foundation, completed 1 March 2026; renewal due 1 March 2027",
            TrainingRecords.Describe(Record("Foundation", CourseAudience.PeerSupporterTraining, new DateOnly(2026, 3, 1)), Today, None));
        Assert.Equal("Foundation, completed 1 March 2024; lapsed on 1 March 2025",
            TrainingRecords.Describe(Record("Foundation", CourseAudience.PeerSupporterTraining, new DateOnly(2024, 3, 1)), Today, None));
        Assert.Equal("Foundation, completed 1 March 2014; no renewal needed",
            TrainingRecords.Describe(Record("Foundation", CourseAudience.PeerSupporterTraining, new DateOnly(2014, 3, 1), renewalMonths: null), Today, None));
    }
}
