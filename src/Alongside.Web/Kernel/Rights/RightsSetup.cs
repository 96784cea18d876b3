namespace Alongside.Web.Kernel.Rights;

public static class RightsSetup
{
    /// <summary>
    /// "Download my data", with every feature's part found in the app's assembly (as EF finds
    /// each entity's configuration): a feature adds its part by writing the class.
    /// </summary>
    public static IServiceCollection AddRights(this IServiceCollection services)
    {
        foreach (var type in typeof(RightsSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IPersonalDataSection).IsAssignableFrom(type)) services.AddScoped(typeof(IPersonalDataSection), type);
        }
        services.AddScoped<PersonalDataExport>();
        return services;
    }
}
