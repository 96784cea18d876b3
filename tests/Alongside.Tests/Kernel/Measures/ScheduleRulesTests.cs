using Alongside.Web.Kernel.Measures;

namespace Alongside.Tests.Kernel.Measures;

public class ScheduleRulesTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 4 ", 4)]
    [InlineData("52", 52)]
    public void A_whole_number_of_sessions_from_1_to_52_is_read(string text, int expected)
    {
        var (every, error) = ScheduleRules.Every(text, "goals", blankAllowed: false);
        Assert.Null(error);
        Assert.Equal(expected, every);
    }

    [Theory]
    [InlineData("0", "at least every 1 session")]
    [InlineData("-1", "from 1 to 52")]
    [InlineData("53", "from 1 to 52")]
    [InlineData("99999999999", "whole number")]
    [InlineData("2.5", "whole number")]
    [InlineData("four", "whole number")]
    [InlineData("", "Enter how often")]
    public void Anything_else_is_refused_with_a_message_that_says_why(string text, string says)
    {
        var (every, error) = ScheduleRules.Every(text, "goals", blankAllowed: false);
        Assert.Null(every);
        Assert.Contains(says, error);
    }

    [Fact]
    public void A_blank_takes_the_default_where_one_stands_behind_it()
    {
        Assert.Equal((null, null), ScheduleRules.Every("  ", "goals", blankAllowed: true));
    }
}
