using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Security;

public sealed class PolicyRequirementHandler(IOptions<SecurityOptions> options, IWebHostEnvironment environment)
    : AuthorizationHandler<PolicyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PolicyRequirement requirement)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return Task.CompletedTask;
        // An address not yet confirmed might be someone else's: nothing beyond the person's own
        // account pages and their own request (which narrow SignedIn to them) until it is.
        if (user.HasClaim(AlongsideClaims.Unconfirmed, "true") && requirement.Policy != Policies.SignedIn) return Task.CompletedTask;

        var roles = RolesOf(user);
        var platform = user.HasClaim(AlongsideClaims.PlatformAdmin, "true");
        // Running the platform is staff work: it needs two-factor sign-in like any admin.
        var twoFactorOk = AccessRules.TwoFactorSatisfied(
            platform ? [.. roles, Role.Admin] : roles, user.HasClaim(AlongsideClaims.TwoFactor, "true"),
            options.Value.RequireStaffTwoFactor, environment.IsDevelopment());

        if (AccessRules.Allows(requirement.Policy, roles, twoFactorOk, platform))
        {
            context.Succeed(requirement);
        }
        else if (!twoFactorOk && AccessRules.Allows(requirement.Policy, roles, twoFactorOk: true, platform))
        {
            context.Fail(new TwoFactorMissingReason(this));
        }
        return Task.CompletedTask;
    }

    public static IReadOnlyCollection<Role> RolesOf(ClaimsPrincipal user) =>
        user.FindAll(AlongsideClaims.Role)
            .Select(c => Enum.TryParse<Role>(c.Value, out var r) ? r : (Role?)null)
            .OfType<Role>()
            .ToHashSet();
}

/// <summary>Marks a failure that two-factor set-up would cure, so the user is sent to set it up.</summary>
public sealed class TwoFactorMissingReason(IAuthorizationHandler handler)
    : AuthorizationFailureReason(handler, "Two-factor sign-in must be set up first.");
