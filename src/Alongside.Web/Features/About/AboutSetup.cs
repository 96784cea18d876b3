using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.About;

public static class AboutSetup
{
    public static IServiceCollection AddAbout(this IServiceCollection services)
    {
        services.AddOptions<ServiceOptions>().BindConfiguration("Service").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceOptions>, ServiceOptionsValidator>();
        return services;
    }
}
