using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Alongside.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    AlongsideDbContext db,
    AccountCreation accounts,
    AccountAttempts attempts) : PageModel
{
    /// <summary>A hash of a random password, checked when there is no account, only to spend the same time.</summary>
    private static readonly string TimingOnlyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString());

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [StringLength(256, ErrorMessage = "Your email address must be 256 characters or fewer")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? Password { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (!await attempts.TryAttemptAsync(HttpContext, "sign-in", Input.Email)) return AccountAttempts.TooMany(HttpContext);
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            // As long as checking a real password takes, so the time does not say whether an account exists.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), TimingOnlyHash, Input.Password!);
            ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl, await LandingPage.ForAsync(db, user)));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInCode", new { ReturnUrl });
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("Input.Email",
                "Your account is locked for 15 minutes after too many wrong passwords. Wait, or reset your password.");
            return Page();
        }
        if (result.IsNotAllowed && !user.EmailConfirmed && await users.CheckPasswordAsync(user, Input.Password!))
        {
            await accounts.SendConfirmationAsync(user);
            await db.SaveChangesAsync();
            ModelState.AddModelError("Input.Email",
                "Confirm your email address before you sign in. We have sent you a new link.");
            return Page();
        }
        ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
        return Page();
    }
}
