namespace Alongside.Tests.Kernel.Forms;

public sealed class SpreadsheetCellsTests
{
    [Theory]
    [InlineData("03/12/2026", "2026-12-03")]
    [InlineData("3/12/2026", "2026-12-03")]
    [InlineData("2026-12-03", "2026-12-03")]
    [InlineData("2026/12/03", "2026-12-03")]
    [InlineData("03-12-2026", "2026-12-03")]
    [InlineData("03.12.2026", "2026-12-03")]
    [InlineData("3 Dec 2026", "2026-12-03")]
    [InlineData("03-Dec-2026", "2026-12-03")]
    [InlineData("3 December 2026", "2026-12-03")]
    [InlineData(" 12/03/2026 ", "2026-03-12")] // day first, as in the UK
    public void Dates_are_read_as_spreadsheets_write_them_day_first(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SpreadsheetCells.Date(text, out var time, out var problem));
        Assert.Null(time);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("3/12/2026 14:30", "14:30")]
    [InlineData("03/12/2026 00:00", "00:00")]
    [InlineData("3/12/2026 2:30 PM", "14:30")]
    [InlineData("3 Dec 2026 14:30:00", "14:30")]
    public void A_date_with_a_time_after_it_gives_both(string text, string time)
    {
        Assert.Equal(new DateOnly(2026, 12, 3), SpreadsheetCells.Date(text, out var at, out _));
        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), at);
    }

    [Theory]
    [InlineData("31/02/2026", "“31/02/2026” is not a real date (dates are read day first")]
    [InlineData("12/31/2026", "“12/31/2026” is not a real date (dates are read day first")] // month first cannot be read day first
    [InlineData("2026-13-01", "is not a real date")]
    [InlineData("31/12/9999", "“31/12/9999” is outside the years 1900 to 2199")]
    [InlineData("9999-12-31", "is outside the years 1900 to 2199")]
    [InlineData("01/01/1899", "is outside the years")]
    [InlineData("03/12/26", "“03/12/26” has a two-digit year")] // 1926 or 2026?
    [InlineData("3-Dec-26", "has a two-digit year")]
    [InlineData("03/12", "is not a date")]
    [InlineData("46359", "is not a date")] // a date cell that lost its format
    [InlineData("tomorrow", "is not a date: write it like 13/01/2026 or 2026-01-13")]
    [InlineData("3/12/2026 25:00", "is not a date")]
    [InlineData("", "write a date")]
    public void Impossible_and_ambiguous_dates_are_refused_with_a_reason(string text, string problem)
    {
        Assert.Null(SpreadsheetCells.Date(text, out var time, out var said));
        Assert.Null(time);
        Assert.Contains(problem, said);
    }

    [Theory]
    [InlineData("14:30", "14:30")]
    [InlineData("9:05", "09:05")]
    [InlineData("14:30:00", "14:30")]
    [InlineData("2:30 PM", "14:30")]
    [InlineData("2:30 pm", "14:30")]
    [InlineData("2:30PM", "14:30")]
    [InlineData("2:30 p.m.", "14:30")]
    [InlineData("12:15 AM", "00:15")]
    [InlineData("12:15 PM", "12:15")]
    [InlineData("7 PM", "19:00")]
    [InlineData("19.00", "19:00")]
    [InlineData("2:30:00 PM", "14:30")]
    public void Times_are_read_in_24_and_12_hour_forms(string text, string expected)
    {
        Assert.Equal(TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SpreadsheetCells.Time(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("25:00", "“25:00” is not a time")]
    [InlineData("14:30 PM", "is not a time")]
    [InlineData("13:30 AM", "is not a time")]
    [InlineData("14:60", "is not a time")]
    [InlineData("evening", "is not a time: write it like 19:00 or 7:00 PM")]
    [InlineData("14:30:15", "“14:30:15” has seconds")]
    [InlineData("", "write a time")]
    public void Impossible_times_are_refused_with_a_reason(string text, string problem)
    {
        Assert.Null(SpreadsheetCells.Time(text, out var said));
        Assert.Contains(problem, said);
    }
}
