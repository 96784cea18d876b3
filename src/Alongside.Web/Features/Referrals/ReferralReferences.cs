using System.Security.Cryptography;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// The reference a request is known by, read over the phone or copied from an email: eight
/// characters from an alphabet without look-alikes (no 0 or O, 1, I or L, 5 or S, 2 or Z, 8 or B),
/// in two groups of four, "HK4M-7QXT". Random, and unique in the table; 25^8 (about 1.5 × 10^11)
/// makes a repeat rare, and the caller tries again if one comes.
/// </summary>
public static class ReferralReferences
{
    public const string Letters = "ACDEFGHJKMNPQRTUVWXY34679";

    public static string New()
    {
        Span<char> chars = stackalloc char[9];
        for (var i = 0; i < 9; i++)
        {
            chars[i] = i == 4 ? '-' : Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        }
        return new string(chars);
    }

    /// <summary>True for something shaped like a reference (in capitals, with its hyphen).</summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: 9 } && value[4] == '-' && value.Where((c, i) => i != 4).All(c => Letters.Contains(c));

    /// <summary>A reference no referral has yet: a handful of tries, each very likely the first.</summary>
    public static async Task<string> UnusedAsync(AlongsideDbContext db)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidate = New();
            if (attempt >= 4 || !await db.Referrals.AnyAsync(r => r.Reference == candidate)) return candidate;
        }
    }
}
