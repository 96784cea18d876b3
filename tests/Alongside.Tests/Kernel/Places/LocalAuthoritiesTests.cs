namespace Alongside.Tests.Kernel.Places;

public sealed class LocalAuthoritiesTests
{
    private static readonly LocalAuthorities All = LocalAuthorities.Load(Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "uk-local-authorities.csv"));

    [Fact]
    public void A_child_lives_in_one_of_the_upper_tier_authorities_listed_by_name()
    {
        Assert.Equal(218, All.UpperTier.Count); // 361 districts in 218 authorities with children's services
        Assert.Contains(("E10000003", "Cambridgeshire"), All.UpperTier);
        Assert.DoesNotContain(All.UpperTier, a => a.Code == "E07000008"); // Cambridge is a district of it
        Assert.Equal(All.UpperTier.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase), All.UpperTier);
        Assert.Contains(("E06000010", "Kingston upon Hull, City of"), All.UpperTier); // a quoted name with a comma
    }

    [Theory]
    [InlineData("E07000008", "E10000003")] // a district belongs to its county
    [InlineData("E10000003", "E10000003")]
    [InlineData("e08000035", "E08000035")]
    [InlineData("E99999999", null)]
    [InlineData(null, null)]
    public void An_organisations_code_gives_its_upper_tier(string? code, string? upper) =>
        Assert.Equal(upper, All.UpperTierOf(code));

    [Fact]
    public void A_stored_code_is_shown_by_name_or_as_itself()
    {
        Assert.Equal("Leeds", All.Name("E08000035"));
        Assert.Equal("Cambridge", All.Name("E07000008"));
        Assert.Equal("X00000000", All.Name("X00000000"));
    }
}
