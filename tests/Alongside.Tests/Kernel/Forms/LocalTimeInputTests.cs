namespace Alongside.Tests.Kernel.Forms;

public sealed class LocalTimeInputTests
{
    [Theory]
    [InlineData("2026-12-24", "09:00", "2026-12-24T09:00:00+00:00")]
    [InlineData("24/12/2026", "9:00", "2026-12-24T09:00:00+00:00")]
    [InlineData(" 1/7/2026 ", "14.30", "2026-07-01T13:30:00+00:00")]
    public void Dates_and_times_are_read_as_UK_time(string date, string time, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LocalTimeInput.Instant(date, time));

    [Theory]
    [InlineData("2026-02-30", "09:00")]
    [InlineData("tomorrow", "09:00")]
    [InlineData("2026-12-24", "25:00")]
    [InlineData("2026-03-29", "01:30")] // skipped when the clocks go forward
    [InlineData(null, "09:00")]
    [InlineData("9999-12-31", "23:59")] // a date past the input range, refused before any arithmetic can overflow
    [InlineData("31/12/9999", "00:00")]
    [InlineData("0001-01-01", "00:00")]
    [InlineData("1899-12-31", "12:00")]
    [InlineData("2200-01-01", "12:00")]
    public void Impossible_dates_and_times_are_refused(string? date, string time) =>
        Assert.Null(LocalTimeInput.Instant(date, time));

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2199-12-31")]
    public void The_ends_of_the_input_range_are_accepted(string date) => Assert.NotNull(LocalTimeInput.Date(date));
}
