using Alongside.Web.Features.PeerSupport;

namespace Alongside.Tests.Features.PeerSupport;

public sealed class SupervisionRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static (DateOnly? Date, string? Error) Read(string day, string month, string year) =>
        DateParts.Read(day, month, year, SupervisionRules.HeldOn(Today));

    [Fact]
    public void Supervision_is_dated_from_2000_to_today()
    {
        Assert.Equal((new DateOnly(2000, 1, 1), (string?)null), Read("1", "1", "2000"));
        Assert.Equal((Today, (string?)null), Read("2", "12", "2026"));
        Assert.Equal((null, "The date of supervision must be in 2000 or later"), Read("31", "12", "1999"));
        Assert.Equal((null, "The date of supervision must be today or in the past"), Read("3", "12", "2026"));
        Assert.Equal((null, "The date of supervision must be today or in the past"), Read("31", "12", "9999"));
        Assert.Equal((null, "Enter the date of supervision"), Read("", "", ""));
        Assert.Equal((null, "The date of supervision must be a real date"), Read("30", "2", "2024"));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(0, false)]
    [InlineData(6, false)]
    [InlineData(null, false)]
    public void Wellbeing_is_1_to_5(int? wellbeing, bool valid) => Assert.Equal(valid, SupervisionRules.ValidWellbeing(wellbeing));
}
