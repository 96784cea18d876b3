using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

[Authorize(Policy = Policies.SignedIn)]
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, UserSessions sessions, ILiveConnections liveConnections) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Done { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? CurrentPassword { get; set; }

        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? NewPassword { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                var wrongCurrent = e.Code == nameof(IdentityErrorDescriber.PasswordMismatch);
                ModelState.AddModelError(wrongCurrent ? "Input.CurrentPassword" : "Input.NewPassword",
                    wrongCurrent ? "Your current password is not right" : e.Description);
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        // This browser stays signed in; any other (perhaps someone who knew the old password) does not.
        await sessions.EndAllAsync(user.Id, except: UserSessions.Current(User));
        await liveConnections.DisconnectUserEverywhereAsync(user.Id);
        Done = true;
        return Page();
    }
}
