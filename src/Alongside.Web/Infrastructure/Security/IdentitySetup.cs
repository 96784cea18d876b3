using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Infrastructure.Security;

public static class IdentitySetup
{
    public const string AuthCookieName = "alongside.auth";

    public static WebApplicationBuilder AddAlongsideIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration("Security").ValidateDataAnnotations().ValidateOnStart();
        builder.AddAlongsideKeys();

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
            o.Cookie.Name = AuthCookieName;
            o.Cookie.HttpOnly = true;
            // Secure everywhere but the local demo, which serves plain http://localhost:5000.
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = UserSessions.OnSigningIn;
            o.Events.OnValidatePrincipal = UserSessions.OnValidatePrincipal;
            o.Events.OnRedirectToLogin = ctx => ApiAwareStatus(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareStatus(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddScoped<UserSessions>();
        // When the security stamp check rebuilds the principal, the cookie keeps naming its session.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = ctx =>
        {
            if (ctx.CurrentPrincipal?.FindFirst(UserSessions.Claim) is { } sid && ctx.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
            {
                identity.AddClaim(new System.Security.Claims.Claim(UserSessions.Claim, sid.Value));
            }
            return Task.CompletedTask;
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
            .AddPolicy(Policies.Member, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.Member)))
            .AddPolicy(Policies.ParentCarer, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.ParentCarer)))
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.Staff)))
            .AddPolicy(Policies.FamilyWorker, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.FamilyWorker)))
            .AddPolicy(Policies.OrganisationAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.OrganisationAdmin)))
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.PlatformAdmin)))
            .AddPolicy(Policies.Referrer, p => p.RequireAuthenticatedUser().AddRequirements(new PolicyRequirement(Policies.Referrer)));
        // No fallback policy: it would also apply to unknown URLs and hide the friendly 404.
        // Instead, EndpointAccessTests fails the build of any endpoint that declares no access rule.

        services.AddAlongsideRateLimits();
        services.AddSingleton<ILiveConnections, LiveConnections>();
        services.AddSingleton<ILiveSignals, LocalLiveSignals>();
        services.AddSingleton<ILiveSignalHandler, SignedOutSignal>();
        return builder;
    }

    private static Task ApiAwareStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            if (ctx.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ApiRefusal>() is { } refusal) return refusal.WriteAsync(ctx.HttpContext, status);
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
