namespace Alongside.Web.Infrastructure;

/// <summary>
/// Benchmark floors (bench/): bare endpoints that run a page's own SQL and answer one line of
/// text, so a benchmark can compare the page with its queries in the same run. They are mapped
/// only when <c>Benchmark:Floors</c> is true, which the app refuses to start with in Production;
/// the access matrix and its tests never see them.
/// </summary>
public static class BenchmarkFloors
{
    public const string Setting = "Benchmark:Floors";

    /// <summary>The route group every floor goes under, or null when the setting is off.</summary>
    public static RouteGroupBuilder? Group(WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(Setting)) return null;
        if (app.Environment.IsProduction())
        {
            throw new InvalidOperationException($"{Setting} maps benchmark endpoints and is refused in Production; remove the setting.");
        }
        return app.MapGroup("/bench/floor");
    }
}
