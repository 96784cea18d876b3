using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

[AllowAnonymous]
// Anonymous, yet it shows the person's email address (and carries their secret link): never cached.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ResetPasswordModel(UserManager<AppUser> users, UserSessions sessions, ILiveConnections liveConnections) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Done { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? Password { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var token = EmailTokens.Decode(Code);
        var user = Email is null ? null : await users.FindByEmailAsync(Email);
        if (user is null || token is null)
        {
            ModelState.AddModelError("", "This reset link has not worked. Ask for a new one.");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, token, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code == "InvalidToken" ? "" : "Input.Password",
                    e.Code == "InvalidToken" ? "This reset link has expired or been used. Ask for a new one." : e.Description);
            }
            return Page();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // Whoever had the old password may be signed in somewhere: every browser signs in again.
        await sessions.EndAllAsync(user.Id);
        await liveConnections.DisconnectUserEverywhereAsync(user.Id);
        Done = true;
        return Page();
    }
}
