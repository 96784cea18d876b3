using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure;

public static class WebSetup
{
    public static WebApplicationBuilder AddAlongsideWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<Auditing.AuditLog>();
        services.AddScoped<Features.Referrals.SelfReferralDrafts>();
        services.AddScoped<Features.Messages.MessageSending>();
        services.AddOpenApi();
        services.AddSingleton(sp =>
        {
            // Copied beside the app by the build; the content root's copy serves `dotnet run`.
            var path = Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "uk-postcode-districts.csv");
            if (!File.Exists(path)) path = Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "Data", "Seed", "uk-postcode-districts.csv");
            return Features.Groups.PostcodeDistricts.Load(path);
        });
        services.AddScoped<Features.Referrals.SelfReferralSubmission>();
        services.AddScoped<Features.Referrals.ProfessionalReferralSubmission>();
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o =>
            {
                // Plain words when a value cannot be read at all (a made-up option, letters in a number).
                var messages = o.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((_, _) => "Check this answer: it is not one of the choices or not in the right format");
                messages.SetValueIsInvalidAccessor(_ => "Check this answer: it is not in the right format");
                messages.SetValueMustBeANumberAccessor(_ => "Enter a number");
            });
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddProblemDetails();
        services.AddWebEncoders(o => o.TextEncoderSettings = TagHelpers.AppEncoder.Settings);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.Configure<ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddOptions<AppOptions>().BindConfiguration("App");
        services.AddOptions<Features.Plans.FundingOptions>().BindConfiguration("Funding");
        services.AddOptions<Features.Sessions.SessionOptions>().BindConfiguration("Sessions").ValidateOnStart();
        services.AddSingleton<IValidateOptions<Features.Sessions.SessionOptions>, Features.Sessions.SessionOptionsValidator>();
        services.AddOptions<Features.UrgentHelp.UrgentHelpOptions>().BindConfiguration("UrgentHelp");
        services.AddOptions<Features.Groups.Discussion.DiscussionOptions>().BindConfiguration("Discussion");
        services.AddSignalR();
        services.AddSingleton<Features.Sessions.SessionReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Sessions.SessionReminders>());
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
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapAlongside(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        Features.Calendar.Feed.MapCalendarFeed(app);
        app.MapHub<Features.Groups.Discussion.GroupHub>("/hubs/groups").RequireAuthorization(Security.Policies.SignedIn);
        var api = app.MapGroup("/api/v1").WithTags("Alongside API");
        Features.Account.AccountApi.MapAccountApi(api);
        Features.Family.FamilyApi.MapFamilyApi(api);
        Features.Groups.GroupsApi.MapGroupsApi(api);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}

public sealed class AppOptions
{
    /// <summary>Base of links in emails, e.g. https://alongside.example. Empty: taken from the request.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Seed demo organisations and accounts into an empty database at start-up.</summary>
    public bool SeedDemoData { get; set; }
}
