using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Notices;

public static class Links
{
    /// <summary>An absolute link to this app for a page or an API answer, from App:PublicBaseUrl (never the request's Host).</summary>
    public static string Absolute(HttpContext context, string pathAndQuery) =>
        context.RequestServices.GetRequiredService<IOptions<PublicAddressOptions>>().Value.Absolute(pathAndQuery);
}
