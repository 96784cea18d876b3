using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Alongside.Web.Features.Account;

/// <summary>
/// The link from <see cref="ConfirmNewEmailNotice"/>. Opening it shows a button and changes
/// nothing (mail scanners open links too); pressing it makes the new address the account's,
/// if Identity's change-email token is good for this person and this address: a forged, altered,
/// used or expired link changes nothing. The old address is then told.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
// Anonymous, yet it shows an email address and carries a secret link: never cached.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ConfirmNewEmailModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, Notices notices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Done { get; private set; }

    public bool Failed { get; private set; }

    public bool LinkLooksComplete => UserId is not null && !string.IsNullOrWhiteSpace(Email) && EmailTokens.Decode(Code) is not null;

    public void OnGet() => Failed = !LinkLooksComplete;

    public async Task<IActionResult> OnPostAsync()
    {
        var token = EmailTokens.Decode(Code);
        var user = UserId is { } id && token is not null && !string.IsNullOrWhiteSpace(Email) ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null || user.ClosedAt is not null || user.Email is null)
        {
            Failed = true;
            return Page();
        }
        var oldAddress = user.ToRecipient();
        var newEmail = Email!.Trim();
        // Queued before the change is saved, so the old address is told in the same transaction.
        await notices.SendAsync(oldAddress, new EmailChangedNotice());
        var changed = await users.ChangeEmailAsync(user, newEmail, token!);
        if (!changed.Succeeded)
        {
            Failed = true;
            return Page();
        }
        // Accounts sign in by email, and the user name has always been the address.
        if (string.Equals(user.UserName, oldAddress.Email, StringComparison.OrdinalIgnoreCase)) await users.SetUserNameAsync(user, newEmail);
        if (users.GetUserId(User) == user.Id.ToString()) await signIn.RefreshSignInAsync(user);
        Done = true;
        return Page();
    }
}
