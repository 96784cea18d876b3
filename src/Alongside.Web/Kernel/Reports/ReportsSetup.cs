namespace Alongside.Web.Kernel.Reports;

public static class ReportsSetup
{
    /// <summary>Every report section in the app's assembly: a feature adds its part of the reports by writing the class.</summary>
    public static IServiceCollection AddReportSections(this IServiceCollection services)
    {
        foreach (var type in typeof(ReportsSetup).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReportSection).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IReportSection), type);
        }
        // Counts kept per closed month (Tallies/): built in the background, marked stale by each save that changes them.
        services.AddHostedService<Tallies.TallyBuilder>();
        return services;
    }
}
