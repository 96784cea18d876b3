using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Infrastructure.Security;

public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>Returns why the password is too easy to guess, or null when it is fine.</summary>
    public static string? Check(string password, string? email, IReadOnlySet<string> common)
    {
        if (password.Length < MinimumLength)
            return $"Your password must be at least {MinimumLength} characters long.";
        if (password.Length > MaximumLength)
            return $"Your password must be {MaximumLength} characters or fewer.";

        var lower = password.ToLowerInvariant();
        var core = lower.Trim("0123456789!@#$%^&*()-_=+.,?'\"~`[]{};:<> ".ToCharArray());
        if (common.Contains(lower) || (core.Length > 0 && common.Contains(core)) || IsRepeatOrRun(lower))
            return "This password is too common and easy to guess. Try three or four random words together.";

        var localPart = email?.Split('@')[0].ToLowerInvariant();
        if (localPart is { Length: >= 4 } && lower.Contains(localPart, StringComparison.Ordinal))
            return "Your password must not contain your email address.";
        return null;
    }

    /// <summary>
    /// Runs every password validator for someone signing up with this address, whether or not it
    /// already has an account, and puts the reasons beside the field. True when the password is fine.
    /// </summary>
    public static async Task<bool> CheckAsync(UserManager<AppUser> users, string email, string password, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string field)
    {
        var candidate = new AppUser { UserName = email, Email = email };
        var ok = true;
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            foreach (var error in result.Errors)
            {
                modelState.AddModelError(field, error.Description);
                ok = false;
            }
        }
        return ok;
    }

    private static readonly string DigitRun = string.Concat(Enumerable.Repeat("0123456789", 14));
    private const string LetterRun = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>One or two characters repeated, or a straight run like "abcdef…" or "987654…".</summary>
    private static bool IsRepeatOrRun(string s)
    {
        if (s.Distinct().Count() <= 2) return true;
        var reversed = new string(s.Reverse().ToArray());
        return DigitRun.Contains(s, StringComparison.Ordinal) || DigitRun.Contains(reversed, StringComparison.Ordinal)
            || LetterRun.Contains(s, StringComparison.Ordinal) || LetterRun.Contains(reversed, StringComparison.Ordinal);
    }
}
