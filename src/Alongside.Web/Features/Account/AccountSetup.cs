namespace Alongside.Web.Features.Account;

public static class AccountSetup
{
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        // The notices service obeys the choices made on /account/emails through this.
        services.AddScoped<INoticePreferences, NoticeChoices>();
        return services;
    }
}
