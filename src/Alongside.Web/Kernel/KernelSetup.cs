using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Kernel;

public static class KernelSetup
{
    /// <summary>What every feature may use: places, funding limits, urgent-help settings, the audit log, people's data rights.</summary>
    public static IServiceCollection AddKernel(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<AccountCreation>();
        services.AddSingleton(sp =>
        {
            // Copied beside the app by the build; the content root's copy serves `dotnet run`.
            var path = Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "uk-postcode-districts.csv");
            if (!File.Exists(path)) path = Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "Data", "Seed", "uk-postcode-districts.csv");
            return PostcodeDistricts.Load(path);
        });
        services.AddSingleton(sp => LocalAuthorities.Load(LocalAuthorities.PathIn(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath)));
        services.AddOptions<FundingOptions>().BindConfiguration("Funding").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UrgentHelpOptions>().BindConfiguration("UrgentHelp").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RiskOptions>().BindConfiguration("Risk").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RiskAlerts>();
        services.AddHostedService<RiskEscalation>();
        // Waiting-list places from counts kept per bucket (Care/WaitingTallies), rebuilt soon after each change.
        services.AddHostedService<Care.WaitingTallies.WaitingTallyBuilder>();
        services.AddRights();
        services.AddMeasures();
        services.AddCourses();
        services.AddReportSections();
        return services;
    }
}
