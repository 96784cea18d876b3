using System.Threading.RateLimiting;
using Alongside.Web.Data;
using Alongside.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Infrastructure.Security;

public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts allowed per client address per minute before 429.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Requests to secret-token addresses (calendar feeds, guest links) per client address per minute.</summary>
    public int TokenLinkPermitsPerMinute { get; set; } = 60;

    /// <summary>Requests to the public group search API per client address per minute.</summary>
    public int PublicApiPermitsPerMinute { get; set; } = 120;
}

public static class IdentitySetup
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>Addresses whose secret is a token in the URL (calendar feeds, guest links): guessing is slowed down.</summary>
    public const string TokenLinkRateLimit = "token-links";

    public static WebApplicationBuilder AddAlongsideIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration("Security");
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");

        services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AlongsideDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<AlongsideClaimsFactory>();

        // Links in emails (confirm, reset) last a day.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "alongside.auth";
            o.Cookie.HttpOnly = true;
            // Secure everywhere but the local demo, which serves plain http://localhost:5000.
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAwareStatus(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareStatus(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(o =>
        {
            // Antiforgery refuses to issue an Always-secure cookie over http, so it follows the request.
            o.Cookie.Name = "alongside.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddSingleton<IAuthorizationHandler, PolicyRequirementHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, TwoFactorRedirectHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.SignedIn)))
            .AddPolicy(Policies.ParentCarer, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.ParentCarer)))
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.Staff)))
            .AddPolicy(Policies.FamilyWorker, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.FamilyWorker)))
            .AddPolicy(Policies.OrganisationAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.OrganisationAdmin)))
            .AddPolicy(Policies.Referrer, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.Referrer)));
        // No fallback policy: it would also apply to unknown URLs and hide the friendly 404.
        // Instead, EndpointAccessTests fails the build of any endpoint that declares no access rule.

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, ctx =>
            {
                // Only attempts count: showing the form is free.
                if (!HttpMethods.IsPost(ctx.Request.Method)) return RateLimitPartition.GetNoLimiter("view");
                var permits = ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value.SignInPermitsPerMinute;
                var key = ctx.Connection.RemoteIpAddress?.ToString() ?? "local";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.AddPolicy(TokenLinkRateLimit, ctx =>
            {
                var permits = ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value.TokenLinkPermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            o.AddPolicy(Features.Groups.GroupsApi.RateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value.PublicApiPermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (ctx, token) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync(ctx.HttpContext.Request.Path.StartsWithSegments("/account")
                    ? "Too many sign-in attempts from here. Please wait a minute and try again."
                    : "Too many requests from here. Please wait a minute and try again.", token);
            };
        });
        return builder;
    }

    private static Task ApiAwareStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
