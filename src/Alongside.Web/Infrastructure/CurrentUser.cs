using System.Security.Claims;

namespace Alongside.Web.Infrastructure;

public static class CurrentUser
{
    /// <summary>The signed-in person's id. Only call behind an authorization policy.</summary>
    public static Guid Id(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)
                   ?? throw new InvalidOperationException("No signed-in user"));

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(Security.AlongsideClaims.DisplayName) is { Length: > 0 } name ? name : "there";
}
