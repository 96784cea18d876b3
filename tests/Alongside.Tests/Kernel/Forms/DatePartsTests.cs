namespace Alongside.Tests.Kernel.Forms;

public sealed class DatePartsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("14", "5", "2017", 2017, 5, 14)]
    [InlineData(" 1 ", "01", "2020", 2020, 1, 1)]
    [InlineData("29", "2", "2024", 2024, 2, 29)]
    [InlineData("23", "11", "2026", 2026, 11, 23)]   // born today
    [InlineData("23", "11", "2001", 2001, 11, 23)]   // exactly 25 years
    public void Real_dates_in_range_are_accepted(string d, string m, string y, int year, int month, int day)
    {
        var (date, error) = DateParts.Read(d, m, y, DateQuestion.DateOfBirth(Today));
        Assert.Null(error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("", "", "", "Enter their date of birth")]
    [InlineData("", "5", "2017", "must include a day")]
    [InlineData("1", "", "2017", "must include a month")]
    [InlineData("1", "5", "", "must include a year")]
    [InlineData("29", "2", "2023", "must be a real date")]
    [InlineData("31", "4", "2020", "must be a real date")]
    [InlineData("1", "13", "2020", "must be a real date")]
    [InlineData("0", "1", "2020", "must be a real date")]
    [InlineData("1", "1", "20", "Year must include 4 numbers")]
    [InlineData("1", "1", "99999", "Year must include 4 numbers")]
    [InlineData("one", "1", "2020", "in numbers")]
    [InlineData("-1", "1", "2020", "in numbers")]
    [InlineData("24", "11", "2026", "today or in the past")]
    [InlineData("22", "11", "2001", "within the last 25 years")]
    public void Bad_dates_get_a_specific_message(string d, string m, string y, string message)
    {
        var (date, error) = DateParts.Read(d, m, y, DateQuestion.DateOfBirth(Today));
        Assert.Null(date);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Each_question_speaks_of_its_own_date()
    {
        var consent = DateQuestion.Past("The date consent was given", Today);
        Assert.Equal("Enter the date consent was given", DateParts.Read("", "", "", consent).Error);
        Assert.Equal("The date consent was given must include a day", DateParts.Read("", "5", "2026", consent).Error);
        Assert.Equal("The date consent was given must be today or in the past", DateParts.Read("24", "11", "2026", consent).Error);
    }
}
