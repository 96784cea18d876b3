namespace Alongside.Web.Features.Staff;

public static class StaffSetup
{
    public static IServiceCollection AddStaff(this IServiceCollection services) => services.AddScoped<CareTeamChanges>();
}
