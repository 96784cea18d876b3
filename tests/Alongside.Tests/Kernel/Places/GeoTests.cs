namespace Alongside.Tests.Kernel.Places;

public sealed class GeoTests
{
    private static readonly GeoPoint Manchester = new(53.47747, -2.23622); // M1
    private static readonly GeoPoint Westminster = new(51.50451, -0.13225); // SW1A
    private static readonly GeoPoint Edinburgh = new(55.95077, -3.19292); // EH1

    [Theory]
    [InlineData(53.47747, -2.23622, 51.50451, -0.13225, 262, 2)] // Manchester to London, about 262 km
    [InlineData(51.50451, -0.13225, 55.95077, -3.19292, 533, 3)] // London to Edinburgh, about 533 km
    [InlineData(53.47747, -2.23622, 53.47747, -2.23622, 0, 0.001)]
    public void Distances_are_great_circle_kilometres(double lat1, double lon1, double lat2, double lon2, double km, double tolerance) =>
        Assert.InRange(Geo.DistanceKm(new(lat1, lon1), new(lat2, lon2)), km - tolerance, km + tolerance);

    [Fact]
    public void Distance_is_the_same_both_ways() =>
        Assert.Equal(Geo.DistanceKm(Manchester, Edinburgh), Geo.DistanceKm(Edinburgh, Manchester), 9);

    [Theory]
    [InlineData(5)]
    [InlineData(25)]
    [InlineData(100)]
    public void Every_point_within_the_radius_is_inside_the_bounding_box(double radiusKm)
    {
        var box = Geo.BoundingBox(Westminster, radiusKm);
        for (var bearing = 0; bearing < 360; bearing += 5)
        {
            // A point just inside the circle in each direction.
            var d = (radiusKm * 0.999) / 6371.0088;
            var lat1 = Westminster.Latitude * Math.PI / 180;
            var lon1 = Westminster.Longitude * Math.PI / 180;
            var b = bearing * Math.PI / 180;
            var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(d)) + (Math.Cos(lat1) * Math.Sin(d) * Math.Cos(b)));
            var lon2 = lon1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - (Math.Sin(lat1) * Math.Sin(lat2)));
            var point = new GeoPoint(lat2 * 180 / Math.PI, lon2 * 180 / Math.PI);
            Assert.True(Geo.DistanceKm(Westminster, point) <= radiusKm);
            Assert.InRange(point.Latitude, box.MinLat, box.MaxLat);
            Assert.InRange(point.Longitude, box.MinLon, box.MaxLon);
        }
    }
}
