namespace Alongside.Tests.Kernel.Risk;

public sealed class RiskLadderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_ladder_goes_from_first_responders_to_duty_contacts_to_admins_and_stops()
    {
        Assert.Equal(RiskLevel.DutyContacts, RiskLadder.Next(RiskLevel.FirstResponders));
        Assert.Equal(RiskLevel.Admins, RiskLadder.Next(RiskLevel.DutyContacts));
        Assert.Null(RiskLadder.Next(RiskLevel.Admins));
    }

    [Fact]
    public void Each_rung_waits_the_set_time_and_the_top_rung_waits_for_nothing()
    {
        var wait = TimeSpan.FromMinutes(45);
        Assert.Equal(Now.AddMinutes(45), RiskLadder.NextEscalation(RiskLevel.FirstResponders, Now, wait));
        Assert.Equal(Now.AddMinutes(45), RiskLadder.NextEscalation(RiskLevel.DutyContacts, Now, wait));
        Assert.Null(RiskLadder.NextEscalation(RiskLevel.Admins, Now, wait));
    }

    [Theory]
    [InlineData(RiskLevel.FirstResponders, "the people who first read it")]
    [InlineData(RiskLevel.DutyContacts, "the duty contacts (supervisors)")]
    [InlineData(RiskLevel.Admins, "the organisation admins")]
    public void Each_rung_is_described_in_words(RiskLevel level, string words) => Assert.Equal(words, RiskLadder.Describe(level));
}
