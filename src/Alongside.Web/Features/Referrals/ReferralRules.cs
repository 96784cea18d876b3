namespace Alongside.Web.Features.Referrals;

/// <summary>Checks on referral answers, kept free of I/O so they are unit-tested.</summary>
public static partial class ReferralRules
{
    public const int PhoneMaxLength = 20;
    public const int PostcodeDistrictMaxLength = 4;
    public const int AccessNeedsMaxLength = 1000;
    public const int LanguageMaxLength = 50;

    public static string? Text(string? value, int maxLength, string emptyMessage)
    {
        if (string.IsNullOrWhiteSpace(value)) return emptyMessage;
        return value.Length > maxLength ? $"Answer must be {maxLength:N0} characters or fewer" : null;
    }

    /// <summary>
    /// A phone number a person would write: digits, spaces, brackets, hyphens and one leading
    /// plus, with 10 to 13 digits (a UK number, or one with its country code). Blank is allowed.
    /// </summary>
    public static (string? Value, string? Error) Phone(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) return ("", null);
        if (text.Length > PhoneMaxLength) return (null, $"Enter a phone number of {PhoneMaxLength} characters or fewer");
        if (!PhoneShape().IsMatch(text)) return (null, "Enter a phone number using numbers, like 07700 900123");
        var digits = text.Count(char.IsAsciiDigit);
        return digits is < 10 or > 13 ? (null, "Enter a phone number with 10 or 11 digits, like 07700 900123") : (text, null);
    }

    /// <summary>
    /// The outward code of a UK postcode ("LS6", "M1", "EC1A", "SW1W"), in capitals; a full
    /// postcode is refused with its own message, so nobody is asked to give more than they need.
    /// </summary>
    public static (string? Value, string? Error) PostcodeDistrict(string? value)
    {
        var text = (value ?? "").Trim().ToUpperInvariant();
        if (text.Length == 0) return (null, "Enter the first part of your postcode, like LS6");
        if (FullPostcode().IsMatch(text)) return (null, "Enter only the first part of your postcode, like LS6. We do not need the rest");
        return OutwardCode().IsMatch(text) ? (text, null) : (null, "Enter the first part of a UK postcode, like LS6 or M1");
    }

    /// <summary>Optional text within its length: blank is kept as "".</summary>
    public static (string? Value, string? Error) OptionalText(string? value, int maxLength)
    {
        var text = value?.Trim() ?? "";
        return text.Length > maxLength ? (null, $"Answer must be {maxLength:N0} characters or fewer") : (text, null);
    }

    /// <summary>"yes" or "no", as the radios send them; anything else is not an answer.</summary>
    public static bool? YesNo(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\+?[0-9 ()\-]+$")]
    private static partial System.Text.RegularExpressions.Regex PhoneShape();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[A-Z]{1,2}[0-9]{1,2}|[A-Z]{1,2}[0-9][A-Z])$")]
    private static partial System.Text.RegularExpressions.Regex OutwardCode();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial System.Text.RegularExpressions.Regex FullPostcode();
}
