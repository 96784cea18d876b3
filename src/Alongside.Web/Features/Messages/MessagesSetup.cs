namespace Alongside.Web.Features.Messages;

public static class MessagesSetup
{
    public static IServiceCollection AddMessages(this IServiceCollection services) => services.AddScoped<MessageSending>();
}
