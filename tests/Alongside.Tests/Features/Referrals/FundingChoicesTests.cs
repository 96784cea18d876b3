using Alongside.Web.Features.Referrals;
using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Tests.Features.Referrals;

public sealed class FundingChoicesTests
{
    private static readonly Guid Council = Guid.NewGuid();
    private static readonly FundingChoices Choices = new([new Option(Council.ToString(), "Leeds City Council")], [new Option("E08000035", "Leeds")]);
    private static readonly DateOnly Today = new(2027, 2, 14);

    private static (T Value, List<(string Key, string Message)> Errors) Run<T>(Func<List<(string Key, string Message)>, T> check)
    {
        var errors = new List<(string Key, string Message)>();
        return (check(errors), errors);
    }

    [Fact]
    public void A_commissioner_is_one_of_the_choices_or_nothing()
    {
        Assert.Equal(Council, Run(e => Choices.Commissioner(Council.ToString().ToUpperInvariant(), "k", e)).Value);
        Assert.Empty(Run(e => Choices.Commissioner(" ", "k", e)).Errors);
        foreach (var forged in new[] { Guid.NewGuid().ToString(), "not an id", "'; drop table" })
        {
            var (value, errors) = Run(e => Choices.Commissioner(forged, "k", e));
            Assert.Null(value);
            Assert.Equal([("k", "Select the commissioner from the list")], errors);
        }
    }

    [Fact]
    public void A_local_authority_is_one_of_the_list_as_the_list_spells_it()
    {
        Assert.Equal("E08000035", Run(e => Choices.LocalAuthority(" e08000035 ", "k", e)).Value);
        Assert.Equal([("k", "Select the child's local authority from the list")], Run(e => Choices.LocalAuthority("E99999999", "k", e)).Errors);
    }

    [Theory]
    [InlineData("14", "2", "2027", null)]
    [InlineData("1", "1", "1900", null)]
    [InlineData("15", "2", "2027", "The date of the assessment of need must be today or in the past")]
    [InlineData("1", "1", "9999", "The date of the assessment of need must be today or in the past")]
    [InlineData("31", "12", "1899", "The date of the assessment of need must be in 1900 or later")]
    [InlineData("30", "2", "2026", "The date of the assessment of need must be a real date")]
    public void The_assessment_date_is_a_real_past_day_since_1900(string d, string m, string y, string? message)
    {
        var (_, errors) = Run(e => FundingChoices.AssessedOn(d, m, y, "k", Today, e));
        Assert.Equal(message, errors.Select(x => x.Message).SingleOrDefault());
    }

    [Theory]
    [InlineData(FundingRoute.Asgsf, true)]
    [InlineData(FundingRoute.NotSure, true)]
    [InlineData(FundingRoute.Commissioned, false)]
    [InlineData(FundingRoute.SelfFunded, false)]
    public void The_assessment_date_belongs_to_ASGSF(FundingRoute route, bool kept)
    {
        var (value, errors) = Run(e => FundingInputRules.AssessedOn("1", "12", "2026", route, "k", Today, e));
        Assert.Equal(kept, value is not null);
        Assert.Equal(kept, errors.Count == 0);
    }
}
