using System.Globalization;

namespace Alongside.Tests.Kernel.Forms;

public sealed class PostedInstantTests
{
    [Fact]
    public void Ticks_of_an_instant_in_range_read_back_as_that_instant()
    {
        var slot = new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero);
        Assert.True(PostedInstant.TryParse(slot.UtcTicks.ToString(CultureInfo.InvariantCulture), null, out var posted));
        Assert.Equal(slot, posted.Value);
        Assert.Equal(slot.UtcTicks.ToString(CultureInfo.InvariantCulture), posted.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("12345")]
    [InlineData("9223372036854775807")] // long.MaxValue
    [InlineData("9223372036854775808")] // past long
    [InlineData("3155378975400000000")] // 9999-12-31T23:59
    [InlineData("3155378976000000000")] // 10000-01-01
    [InlineData("+639000000000000000")]
    [InlineData("6.39e17")]
    [InlineData("tomorrow")]
    public void Tick_counts_outside_the_input_range_or_not_numbers_are_refused(string? text) =>
        Assert.False(PostedInstant.TryParse(text, null, out _));

    [Fact]
    public void The_first_and_last_instants_of_the_input_range_are_accepted()
    {
        var first = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        var last = new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks - 1;
        Assert.True(PostedInstant.TryParse(first.ToString(CultureInfo.InvariantCulture), null, out _));
        Assert.True(PostedInstant.TryParse(last.ToString(CultureInfo.InvariantCulture), null, out _));
        Assert.False(PostedInstant.TryParse((first - 1).ToString(CultureInfo.InvariantCulture), null, out _));
        Assert.False(PostedInstant.TryParse((last + 1).ToString(CultureInfo.InvariantCulture), null, out _));
    }
}
