using Alongside.Web.Features.Training;

namespace Alongside.Tests.Features.Training;

public sealed class InterestStepsTests
{
    [Fact]
    public void An_interest_moves_to_any_other_step_but_never_back_to_new()
    {
        Assert.Equal([InterestStatus.Contacted, InterestStatus.Enrolled, InterestStatus.NotNow], InterestSteps.MovesFrom(InterestStatus.New));
        Assert.Equal([InterestStatus.Enrolled, InterestStatus.NotNow], InterestSteps.MovesFrom(InterestStatus.Contacted));
        Assert.Equal([InterestStatus.Contacted, InterestStatus.Enrolled], InterestSteps.MovesFrom(InterestStatus.NotNow));
        Assert.False(InterestSteps.CanMove(InterestStatus.Enrolled, InterestStatus.Enrolled));
        Assert.False(InterestSteps.CanMove(InterestStatus.Contacted, InterestStatus.New));
        Assert.False(InterestSteps.CanMove(InterestStatus.New, (InterestStatus)99));
        Assert.True(InterestSteps.CanMove(InterestStatus.Enrolled, InterestStatus.NotNow));
    }

    [Theory]
    [InlineData("new", InterestStatus.New)]
    [InlineData("Contacted", InterestStatus.Contacted)]
    [InlineData(" enrolled ", InterestStatus.Enrolled)]
    [InlineData("not-now", InterestStatus.NotNow)]
    [InlineData("notnow", null)]
    [InlineData("4", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_link_names_a_step_by_its_slug(string? slug, InterestStatus? expected) =>
        Assert.Equal(expected, InterestSteps.FromSlug(slug));

    [Fact]
    public void Every_step_reads_back_from_its_own_slug() =>
        Assert.All(InterestSteps.All, s => Assert.Equal(s, InterestSteps.FromSlug(InterestSteps.Slug(s))));

    [Theory]
    [InlineData("1", 1, null)]
    [InlineData(" 12 ", 12, null)]
    [InlineData("1,000", 1000, null)]
    [InlineData("", null, "Enter how many people would train")]
    [InlineData("  ", null, "Enter how many people would train")]
    [InlineData(null, null, "Enter how many people would train")]
    [InlineData("twelve", null, "Enter how many people as a number, like 12")]
    [InlineData("-3", null, "Enter how many people as a number, like 12")]
    [InlineData("2.5", null, "Enter how many people as a number, like 12")]
    [InlineData("٣", null, "Enter how many people as a number, like 12")]
    [InlineData("0", null, "How many people must be between 1 and 1,000")]
    [InlineData("1001", null, "How many people must be between 1 and 1,000")]
    [InlineData("99999999999999999999", null, "How many people must be between 1 and 1,000")]
    public void How_many_people_is_a_whole_number_from_1_to_1000(string? typed, int? count, string? error) =>
        Assert.Equal((count, error), InterestSteps.ReadHowMany(typed));
}
