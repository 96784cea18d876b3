namespace Alongside.Web.Kernel.Places;

/// <summary>A point on the earth in WGS84 degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>Distances and the box around a circle, for "nearest first" searches.</summary>
public static class Geo
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance (haversine), accurate to well under 1% at the scales searched.</summary>
    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        var dLat = ToRadians(b.Latitude - a.Latitude);
        var dLon = ToRadians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
                + (Math.Cos(ToRadians(a.Latitude)) * Math.Cos(ToRadians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// The latitude/longitude box holding every point within <paramref name="radiusKm"/> of the
    /// centre: an index can find the candidates in it, and the exact distance then filters and sorts.
    /// </summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(GeoPoint centre, double radiusKm)
    {
        var dLat = radiusKm / EarthRadiusKm * (180 / Math.PI);
        var cos = Math.Cos(ToRadians(centre.Latitude));
        var dLon = cos < 1e-6 ? 180 : Math.Min(180, dLat / cos);
        return (centre.Latitude - dLat, centre.Latitude + dLat, centre.Longitude - dLon, centre.Longitude + dLon);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
