namespace Alongside.Web.Kernel.Courses;

public static class CoursesSetup
{
    public static IServiceCollection AddCourses(this IServiceCollection services)
    {
        services.AddScoped<CohortPlaces>();
        services.AddHostedService<CourseSweep>();
        return services;
    }
}
