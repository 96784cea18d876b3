using Alongside.Web.Features.Referrals;

namespace Alongside.Tests.Features.Referrals;

public sealed class ReferralRulesTests
{
    [Theory]
    [InlineData(null, "Enter an answer")]
    [InlineData("   ", "Enter an answer")]
    [InlineData("fine", null)]
    public void Text_must_be_there_and_within_its_length(string? value, string? message) =>
        Assert.Equal(message, ReferralRules.Text(value, 10, "Enter an answer"));

    [Fact]
    public void Over_long_text_says_the_limit() =>
        Assert.Equal("Answer must be 10 characters or fewer", ReferralRules.Text(new string('a', 11), 10, "Enter an answer"));
}
