using Alongside.Web.Features.Sessions.Calendar;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

public static class SessionsSetup
{
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddOptions<SessionOptions>().BindConfiguration("Sessions").ValidateOnStart();
        services.AddSingleton<IValidateOptions<SessionOptions>, SessionOptionsValidator>();
        services.AddSingleton<SessionReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionReminders>());
        services.AddSingleton<EarlierTimeExpiry>();
        services.AddHostedService(sp => sp.GetRequiredService<EarlierTimeExpiry>());
        return services;
    }

    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        app.MapCalendarFeed();
        return app;
    }
}
