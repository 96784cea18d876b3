namespace Alongside.Web.Kernel.Rights;

public static class RightsSetup
{
    /// <summary>
    /// Download, closing and retention, with every feature's part found in the app's assembly
    /// (as EF finds each entity's configuration): a feature adds its part by writing the class.
    /// </summary>
    public static IServiceCollection AddRights(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration("Retention").ValidateDataAnnotations().ValidateOnStart();
        foreach (var type in typeof(RightsSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IPersonalDataSection).IsAssignableFrom(type)) services.AddScoped(typeof(IPersonalDataSection), type);
            if (typeof(IAccountErasure).IsAssignableFrom(type)) services.AddScoped(typeof(IAccountErasure), type);
            if (typeof(IRetentionSweep).IsAssignableFrom(type)) services.AddSingleton(typeof(IRetentionSweep), type);
        }
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<AccountClosure>();
        services.AddScoped<Retention>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
