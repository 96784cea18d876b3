namespace Alongside.Web.Features.Referrals;

/// <summary>Checks on referral answers, kept free of I/O so they are unit-tested.</summary>
public static class ReferralRules
{
    public static string? Text(string? value, int maxLength, string emptyMessage)
    {
        if (string.IsNullOrWhiteSpace(value)) return emptyMessage;
        return value.Length > maxLength ? $"Answer must be {maxLength:N0} characters or fewer" : null;
    }
}
