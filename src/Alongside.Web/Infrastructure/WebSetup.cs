using Alongside.Web.Infrastructure.Api;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure;

public static class WebSetup
{
    public const int MaxRequestLineBytes = 32 * 1024;

    public static WebApplicationBuilder AddAlongsideWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddAlongsideOpenApi();
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o =>
            {
                // Plain words when a value cannot be read at all (a made-up option, letters in a number).
                var messages = o.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((_, _) => "Check this answer: it is not one of the choices or not in the right format");
                messages.SetValueIsInvalidAccessor(_ => "Check this answer: it is not in the right format");
                messages.SetValueMustBeANumberAccessor(_ => "Enter a number");
                // A handler argument that cannot be read is refused before the handler runs.
                o.Filters.Add<UnreadableArgumentFilter>();
            });
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddProblemDetails();
        services.AddWebEncoders(o => o.TextEncoderSettings = TagHelpers.AppEncoder.Settings);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddAlongsideProxies();
        // Kestrel answers a request line over 8 KB with a bare 414 before the app sees it, so a
        // search address someone lengthened by hand got no page at all. At 32 KB the pages answer
        // such a search with their own message (every search term is capped far below this);
        // nginx in deploy/ lets the same length through.
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestLineSize = MaxRequestLineBytes);
        return builder;
    }

    public static WebApplication UseAlongsidePipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        // Friendly pages, never a stack trace: errors re-execute /error, status codes /error/{code}.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseApiProblems();
        app.UseSecurityHeaders();
        app.UsePrivateResponses();
        app.UseAlongsideStaticFiles(app.Environment.WebRootFileProvider);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The JSON API's route group; each feature maps its endpoints into it.</summary>
    public static RouteGroupBuilder MapApi(this WebApplication app) => app.MapGroup("/api/v1").WithTags(ApiTag);

    public const string ApiTag = "Alongside API";

    public static WebApplication MapAlongside(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapApiDocs();
        return app;
    }
}
