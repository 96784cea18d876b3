using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Alongside.Web.Features.Account;

/// <summary>The second step of sign-in for people with two-factor sign-in turned on.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInCodeModel(SignInManager<AppUser> signIn, AlongsideDbContext db, AccountAttempts attempts) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [StringLength(20, ErrorMessage = "Enter the 6-digit code from your authenticator app, or a recovery code")]
        public string? Code { get; set; }
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("SignIn");
        if (!ModelState.IsValid) return Page();
        if (!await attempts.TryAttemptAsync(HttpContext, "code", user.Id.ToString())) return AccountAttempts.TooMany(HttpContext);

        var code = Input.Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code!.Trim());
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl, await LandingPage.ForAsync(db, user)));
        }
        ModelState.AddModelError("Input.Code", result.IsLockedOut
            ? "Your account is locked for 15 minutes after too many wrong codes."
            : "The code is not right. Check your authenticator app and enter the newest code.");
        return Page();
    }
}
