namespace Alongside.Tests.Kernel.Places;

public sealed class PostcodeDistrictsTests
{
    private static readonly PostcodeDistricts Districts = PostcodeDistricts.Load(Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "uk-postcode-districts.csv"));

    [Fact]
    public void Every_district_in_the_data_file_parses_and_is_found_again()
    {
        Assert.Equal(2864, Districts.All.Count);
        foreach (var district in Districts.All)
        {
            Assert.Equal(district.Outcode, PostcodeDistricts.DistrictOf(district.Outcode));
            Assert.Equal(district.Outcode, PostcodeDistricts.DistrictOf(district.Outcode.ToLowerInvariant() + " 1AA"));
            Assert.Same(district, Districts.Lookup(district.Outcode).District);
            Assert.InRange(district.Point.Latitude, 49.8, 60.9);
            Assert.InRange(district.Point.Longitude, -8.7, 1.8);
        }
    }

    [Theory]
    [InlineData("M1 2AB", "M1")]
    [InlineData("m12ab", "M1")]
    [InlineData(" sw1a 1aa ", "SW1A")]
    [InlineData("EC1A1BB", "EC1A")]
    [InlineData("W1A 0AX", "W1A")]
    [InlineData("CR2 6XH", "CR2")]
    [InlineData("DN55 1PT", "DN55")]
    [InlineData("M1", "M1")]
    [InlineData("B33", "B33")]
    public void A_full_postcode_is_cut_to_its_district(string typed, string district) =>
        Assert.Equal(district, PostcodeDistricts.DistrictOf(typed));

    [Theory]
    [InlineData("")]
    [InlineData("Manchester")]
    [InlineData("12345")]
    [InlineData("M1 2AB 3CD")]
    [InlineData("<script>")]
    public void Things_that_are_not_postcodes_give_no_district(string typed) =>
        Assert.Null(PostcodeDistricts.DistrictOf(typed));

    [Fact]
    public void A_place_name_finds_the_middle_of_its_districts()
    {
        var found = Districts.Lookup("manchester");
        Assert.NotNull(found.District);
        Assert.Equal("Manchester", found.District.Area);
        Assert.InRange(Geo.DistanceKm(found.District.Point, new GeoPoint(53.48, -2.24)), 0, 15);
    }

    [Fact]
    public void An_unknown_district_is_explained_with_suggestions()
    {
        var found = Districts.Lookup("M66 1AA");
        Assert.Null(found.District);
        Assert.Contains("could not find the postcode district M66", found.Problem);
        Assert.Contains("M1", found.Suggestions);
        Assert.Contains("Northern Ireland", Districts.Lookup("BT1 1AA").Problem);
        Assert.Contains("Manchester", Districts.Lookup("Manches").Suggestions);
    }
}
