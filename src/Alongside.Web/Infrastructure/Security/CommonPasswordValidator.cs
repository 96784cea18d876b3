using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Length over composition: at least 12 characters (set in Identity options) and not a
/// password that attackers try first. No rules about digits or symbols.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var problem = PasswordRules.Check(password ?? "", user.Email, Common.Value);
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = problem }));
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Alongside.Web.Infrastructure.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line);
        }
        return set;
    }

    public static IReadOnlySet<string> CommonList => Common.Value;
}
