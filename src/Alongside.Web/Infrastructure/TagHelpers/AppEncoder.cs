using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Alongside.Web.Infrastructure.TagHelpers;

/// <summary>
/// HTML encoding that leaves ordinary letters and symbols (£, é, emoji) as they are and still
/// encodes everything HTML-sensitive. Razor pages use the same settings (WebSetup).
/// </summary>
public static class AppEncoder
{
    public static readonly TextEncoderSettings Settings = new(UnicodeRanges.All);
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(Settings);
}
