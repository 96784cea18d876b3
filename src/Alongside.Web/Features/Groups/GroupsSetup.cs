using Alongside.Web.Features.Groups.Discussion;
using Alongside.Web.Infrastructure.Security;

namespace Alongside.Web.Features.Groups;

public static class GroupsSetup
{
    public static IServiceCollection AddGroups(this IServiceCollection services)
    {
        services.AddOptions<DiscussionOptions>().BindConfiguration("Discussion").ValidateDataAnnotations().ValidateOnStart();
        services.AddSignalR();
        services.AddScoped<LiveDiscussion>();
        services.AddScoped<DiscussionPosting>();
        services.AddSingleton<ILiveSignalHandler, LivePostSignal>();
        services.AddScoped<MemberSanctions>();
        services.AddHostedService<HeldPostAlerts>();
        services.AddScoped<NewPostEmails>();
        services.AddSingleton<PostDigests>();
        services.AddHostedService(sp => sp.GetRequiredService<PostDigests>());
        return services;
    }

    public static IEndpointRouteBuilder MapGroups(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapHub<GroupHub>("/hubs/groups").RequireAuthorization(Policies.Member).BindConnectionsToTheirUser();
        GroupsApi.MapGroupsApi(api);
        return app;
    }
}
