using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Alongside.Web.Kernel.Tokens;

/// <summary>
/// The secrets carried in links and cookies (staff and carer invitations, guest links, calendar
/// feeds, answers saved before sign-in): 256 random bits, URL-safe. Only the SHA-256 hash is
/// stored, so a copy of the database opens nothing, and a presented token is found by its hash
/// through a unique index: no secret is ever compared character by character in our code.
/// </summary>
public static class SecretTokens
{
    public static (string Token, string Hash) New()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
