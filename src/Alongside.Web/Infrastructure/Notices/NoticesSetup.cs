using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Notices;

public static class NoticesSetup
{
    public static WebApplicationBuilder AddAlongsideNotices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EmailOptions>().BindConfiguration("Email").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<Outbox>();
        services.AddOptions<PublicAddressOptions>().BindConfiguration("App").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NoticeRenderer>();
        services.AddSingleton<OutgoingMail>();
        services.AddScoped<Notices>();
        services.AddSingleton<EmailTransport>(sp =>
        {
            var email = sp.GetRequiredService<IOptions<EmailOptions>>();
            if (!string.IsNullOrWhiteSpace(email.Value.Smtp.Host))
            {
                return new SmtpEmailTransport(email);
            }
            var data = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value
                .ResolveDataFolder(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
            return new PickupFolderEmailTransport(Path.Combine(data, email.Value.PickupFolder), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
