namespace Alongside.Web.Infrastructure.Security;

public static class ReturnUrls
{
    /// <summary>
    /// Only same-site paths; anything else goes to the fallback. A path must be plain printable
    /// ASCII: browsers drop a tab or newline, so "/\t/evil.example" would be followed as
    /// "//evil.example", and a control character cannot go in a Location header at all.
    /// </summary>
    public static string Safe(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 1 } && returnUrl[0] == '/' && returnUrl[1] != '/' && returnUrl[1] != '\\'
        && returnUrl.All(c => c is > ' ' and < '\u007f')
            ? returnUrl
            : fallback;
}
