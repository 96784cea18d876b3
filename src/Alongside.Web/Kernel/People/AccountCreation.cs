using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alongside.Web.Kernel.People;

/// <summary>What making an account gave: the person, or Identity's reasons it could not.</summary>
public sealed record AccountResult(AppUser? User, IReadOnlyList<IdentityError> Errors)
{
    public bool Succeeded => User is not null;

    /// <summary>
    /// Puts the reasons beside the form's fields: password rules by the password, the rest by the
    /// email field when the form has one.
    /// </summary>
    public void AddErrorsTo(ModelStateDictionary modelState, string passwordField, string? emailField = null)
    {
        foreach (var error in Errors)
        {
            var field = emailField is not null && !error.Code.Contains("Password", StringComparison.Ordinal) ? emailField : passwordField;
            modelState.AddModelError(field, error.Description);
        }
    }
}

/// <summary>
/// The one way an account is made, wherever a person signs up (registering, at the end of a
/// request for help, from a carer's or a staff invitation, the admin command, the demo).
/// </summary>
public sealed class AccountCreation(UserManager<AppUser> users, Notices notices, TimeProvider clock)
{
    /// <summary>
    /// Makes the account. When the address is not yet proven (they typed it), a confirmation email
    /// is queued in the caller's unit of work; an invitation link opened from that address proves it.
    /// </summary>
    public async Task<AccountResult> CreateAsync(string email, string displayName, string password, bool addressProven)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = addressProven,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return new AccountResult(null, created.Errors.ToList());
        if (!addressProven) await SendConfirmationAsync(user);
        return new AccountResult(user, []);
    }

    /// <summary>Queues the "confirm your email address" notice with a fresh link.</summary>
    public async Task SendConfirmationAsync(AppUser user) =>
        await notices.SendAsync(user.ToRecipient(), new ConfirmEmailNotice(user.Id, EmailTokens.Encode(await users.GenerateEmailConfirmationTokenAsync(user))));
}
