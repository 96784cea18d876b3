using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

/// <summary>Signing out ends this browser's session on the server, so a copy of the cookie stops working too.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SignOutModel(SignInManager<AppUser> signIn, UserSessions sessions, ILiveConnections liveConnections) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (UserSessions.Current(User) is { } session) await sessions.EndAsync(session);
        return await SignOutAsync();
    }

    /// <summary>Every browser the person is signed in on, this one included.</summary>
    public async Task<IActionResult> OnPostEverywhereAsync()
    {
        await sessions.EndAllAsync(User.Id());
        return await SignOutAsync();
    }

    private async Task<IActionResult> SignOutAsync()
    {
        var me = User.Id();
        await signIn.SignOutAsync();
        // An open live connection (group discussion) outlives the cookie; close the person's
        // connections too. Browsers still signed in reconnect with their own session.
        await liveConnections.DisconnectUserEverywhereAsync(me);
        return RedirectToPage("SignedOut");
    }
}
