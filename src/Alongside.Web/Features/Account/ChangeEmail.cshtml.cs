using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Alongside.Web.Features.Account;

/// <summary>
/// Asks for a new email address. Nothing changes here: the new address gets a link, and the
/// account keeps its old address until that link is opened (ConfirmNewEmail). The password is
/// asked for, so someone at an unlocked screen cannot move the account to their own address.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ChangeEmailModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AlongsideDbContext db, Notices notices, AccountAttempts attempts) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string CurrentEmail { get; private set; } = "";

    /// <summary>The address a link was sent to, once the form is done.</summary>
    public string? SentTo { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your new email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.com")]
        [StringLength(256, ErrorMessage = "Your email address must be 256 characters or fewer")]
        public string? NewEmail { get; set; }

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? Password { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        CurrentEmail = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        CurrentEmail = user.Email ?? "";
        var newEmail = Input.NewEmail?.Trim() ?? "";
        if (ModelState.IsValid && string.Equals(newEmail, CurrentEmail, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.NewEmail", "This is already your email address. Enter a different one");
        }
        if (!ModelState.IsValid) return Page();
        if (!await attempts.TryAttemptAsync(HttpContext, "change-email", CurrentEmail)) return AccountAttempts.TooMany(HttpContext);
        var check = await signIn.CheckPasswordSignInAsync(user, Input.Password!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError("Input.Password", check.IsLockedOut
                ? "Too many wrong passwords. Your account is locked for 15 minutes: try again after that"
                : "Your password is not right");
            return Page();
        }
        if (await users.FindByEmailAsync(newEmail) is { } owner && owner.Id != user.Id)
        {
            // The same answer as for a free address; only the address's owner learns of the attempt.
            await notices.SendAtMostOnceWithinAsync(TimeSpan.FromDays(1), [owner.ToRecipient()], new EmailAlreadyUsedNotice());
        }
        else
        {
            var code = EmailTokens.Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
            await notices.SendAsync(new Recipient(newEmail, user.DisplayName), new ConfirmNewEmailNotice(user.Id, newEmail, code));
        }
        await db.SaveChangesAsync();
        SentTo = newEmail;
        return Page();
    }
}
