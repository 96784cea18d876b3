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
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AlongsideDbContext db, Notices notices, AccountAttempts attempts) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.com")]
        [StringLength(256, ErrorMessage = "Your email address must be 256 characters or fewer")]
        public string? Email { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (!await attempts.TryAttemptAsync(HttpContext, "reset", Input.Email)) return AccountAttempts.TooMany(HttpContext);
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is { EmailConfirmed: true })
        {
            await notices.SendAsync(user.ToRecipient(), new PasswordResetNotice(user.Email!, EmailTokens.Encode(await users.GeneratePasswordResetTokenAsync(user))));
            await db.SaveChangesAsync();
        }
        // The same answer whether or not there is an account, so nobody can probe for one.
        Sent = true;
        return Page();
    }
}
