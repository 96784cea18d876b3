namespace Alongside.Web.Kernel.Forms;

public static class WebAddress
{
    /// <summary>A typed or pasted link must be an https web address; anything else is refused so it cannot become a script link.</summary>
    public static bool IsValid(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && link!.Length <= 500;
}
