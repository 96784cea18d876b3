using Alongside.Web.Infrastructure.Auditing;

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
        services.AddSingleton(sp =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "uk-local-authorities.csv");
            if (!File.Exists(path)) path = Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "Data", "Seed", "uk-local-authorities.csv");
            return LocalAuthorities.Load(path);
        });
        services.AddOptions<FundingOptions>().BindConfiguration("Funding").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UrgentHelpOptions>().BindConfiguration("UrgentHelp").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RiskOptions>().BindConfiguration("Risk").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RiskAlerts>();
        services.AddHostedService<RiskEscalation>();
        services.AddRights();
        services.AddMeasures();
        services.AddCourses();
        return services;
    }
}
