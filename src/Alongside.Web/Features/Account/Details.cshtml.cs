using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

/// <summary>The name Alongside greets the person by and the phone number their care team may use.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailsModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public const int MaximumNameLength = 100;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name you would like us to use")]
        [StringLength(MaximumNameLength, ErrorMessage = "Your name must be 100 characters or fewer")]
        public string? DisplayName { get; set; }

        [StringLength(PhoneNumbers.MaximumTypedLength, ErrorMessage = "Your phone number must be 30 characters or fewer")]
        public string? PhoneNumber { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Input = new InputModel { DisplayName = user.DisplayName, PhoneNumber = user.PhoneNumber };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var phone = PhoneNumbers.Normalise(Input.PhoneNumber);
        if (ModelState.IsValid && phone is null) ModelState.AddModelError("Input.PhoneNumber", PhoneNumbers.FormatMessage);
        if (ModelState.IsValid && string.IsNullOrWhiteSpace(Input.DisplayName)) ModelState.AddModelError("Input.DisplayName", "Enter the name you would like us to use");
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        user.DisplayName = Input.DisplayName!.Trim();
        user.PhoneNumber = phone!.Length == 0 ? null : phone;
        user.PhoneNumberConfirmed = false;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
            return Page();
        }
        // The greeting comes from a claim: refresh the cookie so the new name shows at once.
        await signIn.RefreshSignInAsync(user);
        this.Flash("Your details are saved");
        return Redirect("/account");
    }
}
