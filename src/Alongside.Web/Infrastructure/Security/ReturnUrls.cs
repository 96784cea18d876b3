namespace Alongside.Web.Infrastructure.Security;

public static class ReturnUrls
{
    /// <summary>Only same-site paths; anything else goes to the fallback.</summary>
    public static string Safe(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 1 } && returnUrl[0] == '/' && returnUrl[1] != '/' && returnUrl[1] != '\\'
            ? returnUrl
            : fallback;
}
