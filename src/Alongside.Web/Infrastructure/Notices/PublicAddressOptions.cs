using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Infrastructure.Notices;

/// <summary>
/// App:PublicBaseUrl, the address people reach Alongside at. Every absolute link (in emails, the
/// calendar feed, the group API) is built from it, never from the request, so a forged Host
/// header cannot point a password-reset link at someone else's site.
/// </summary>
public sealed class PublicAddressOptions : IValidatableObject
{
    public string PublicBaseUrl { get; set; } = "";

    public string Absolute(string pathAndQuery) => PublicBaseUrl.TrimEnd('/') + pathAndQuery;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query))
            yield return new ValidationResult("App:PublicBaseUrl must be the http or https address people reach Alongside at, like https://alongside.example.org",
                [nameof(PublicBaseUrl)]);
    }
}
