using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

[Authorize(Policy = Policies.SignedIn)]
public sealed class SignOutModel(SignInManager<AppUser> signIn, ILiveConnections liveConnections) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var me = User.Id();
        await signIn.SignOutAsync();
        // An open live connection (group discussion) outlives the cookie; close it too.
        liveConnections.DisconnectUser(me);
        return RedirectToPage("SignedOut");
    }
}
