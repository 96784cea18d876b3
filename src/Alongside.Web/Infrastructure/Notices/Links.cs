using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Notices;

public static class Links
{
    /// <summary>
    /// An absolute link for an email. Uses App:PublicBaseUrl when set, so a forged Host
    /// header cannot point password-reset links at someone else's site.
    /// </summary>
    public static string Absolute(HttpContext context, string pathAndQuery)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<AppOptions>>().Value.PublicBaseUrl;
        var root = string.IsNullOrWhiteSpace(configured)
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : configured.TrimEnd('/');
        return root + pathAndQuery;
    }
}
