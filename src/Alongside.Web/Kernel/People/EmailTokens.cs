using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Alongside.Web.Kernel.People;

/// <summary>Identity's confirmation and reset tokens, made safe to carry in a link and read back.</summary>
public static class EmailTokens
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded)) return null;
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded)); }
        catch (FormatException) { return null; }
    }

    public static Recipient ToRecipient(this AppUser user) => new(user.Email!, user.DisplayName);
}
