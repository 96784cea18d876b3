namespace Alongside.Web.Features.Account;

/// <summary>
/// A phone number as people type it: spaces, dashes, dots and brackets are allowed and kept out
/// of what is stored; what is left must be 10 to 15 digits, optionally after a leading +.
/// </summary>
public static class PhoneNumbers
{
    public const int MaximumTypedLength = 30;
    public const string FormatMessage = "Enter a phone number, like 07700 900 982 or +44 7700 900 982";

    /// <summary>The number to store ("" for none), or null when what was typed is not a phone number.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return "";
        var kept = new System.Text.StringBuilder();
        foreach (var (c, i) in typed.Trim().Select((c, i) => (c, i)))
        {
            if (char.IsAsciiDigit(c)) kept.Append(c);
            else if (c == '+' && i == 0) kept.Append(c);
            else if (c is not (' ' or '-' or '.' or '(' or ')')) return null;
        }
        var digits = kept.ToString().TrimStart('+').Length;
        return digits is >= 10 and <= 15 ? kept.ToString() : null;
    }
}
