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
    public void Impossible_dates_and_times_are_refused(string? date, string time) =>
        Assert.Null(LocalTimeInput.Instant(date, time));
}
