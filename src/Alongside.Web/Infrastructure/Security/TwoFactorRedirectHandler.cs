using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Staff without two-factor sign-in who reach a staff page are sent to set it up,
/// rather than shown "access denied". API callers get a 403 ProblemDetails instead.
/// </summary>
public sealed class TwoFactorRedirectHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var needsTwoFactor = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailureReasons.OfType<TwoFactorMissingReason>().Any() == true;
        if (needsTwoFactor && !context.Request.Path.StartsWithSegments("/api"))
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect("/account/two-factor?returnUrl=" + Uri.EscapeDataString(returnUrl));
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
