namespace Alongside.Tests.Kernel.Care;

/// <summary>The ASGSF application window, worked by hand: due = assessed + window months (month ends clamp).</summary>
public sealed class ApplicationWindowTests
{
    // 3 months, warn in the last 14 days: the figures the settings ship with.
    private static readonly FundingFigures Figures = FundingFigures.From(new FundingOptions());

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-30", "2027-02-28")] // February is short: the month end clamps
    [InlineData("2027-11-30", "2028-02-29")] // ... to the 29th in a leap year
    [InlineData("2026-11-29", "2027-02-28")]
    [InlineData("2026-10-31", "2027-01-31")]
    [InlineData("2026-12-31", "2027-03-31")] // across the new year
    [InlineData("2027-01-31", "2027-04-30")]
    [InlineData("2026-05-15", "2026-08-15")]
    public void The_application_is_due_three_months_after_the_assessment(string assessed, string due) =>
        Assert.Equal(D(due), FundingRules.ApplicationWindow(D(assessed), D(assessed), Figures).Due);

    [Fact]
    public void The_window_length_comes_from_the_figures() =>
        Assert.Equal(D("2027-05-30"), FundingRules.ApplicationWindow(D("2026-11-30"), D("2026-12-01"), Figures with { ApplicationWindowMonths = 6 }).Due);

    [Fact]
    public void Far_from_the_due_date_there_is_no_warning()
    {
        // Due 28 February 2027; 15 days before it is one day outside the 14-day warning.
        var window = FundingRules.ApplicationWindow(D("2026-11-30"), D("2027-02-13"), Figures);
        Assert.Equal((15, false, false), (window.DaysLeft, window.Warn, window.Closed));
        Assert.Null(window.Message);
    }

    [Theory]
    [InlineData("2027-02-14", "Apply by 28 February 2027: 14 days left")]
    [InlineData("2027-02-27", "Apply by 28 February 2027: 1 day left")]
    [InlineData("2027-02-28", "Apply by 28 February 2027: today is the last day")]
    [InlineData("2027-03-01", "The application window closed on 28 February 2027")]
    [InlineData("2027-09-01", "The application window closed on 28 February 2027")]
    public void Near_and_after_the_due_date_staff_are_told(string today, string message) =>
        Assert.Equal(message, FundingRules.ApplicationWindow(D("2026-11-30"), D(today), Figures).Message);

    [Fact]
    public void Warn_days_come_from_the_figures_and_zero_warns_only_on_the_last_day()
    {
        var none = Figures with { WarnDaysBefore = 0 };
        Assert.Null(FundingRules.ApplicationWindow(D("2026-05-15"), D("2026-08-14"), none).Message);
        Assert.Equal("Apply by 15 August 2026: today is the last day", FundingRules.ApplicationWindow(D("2026-05-15"), D("2026-08-15"), none).Message);
        Assert.Equal(30, FundingRules.ApplicationWindow(D("2026-05-15"), D("2026-07-16"), Figures with { WarnDaysBefore = 30 }).DaysLeft);
        Assert.True(FundingRules.ApplicationWindow(D("2026-05-15"), D("2026-07-16"), Figures with { WarnDaysBefore = 30 }).Warn);
    }
}
