using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid? userId, string? code)
    {
        var token = EmailTokens.Decode(code);
        if (userId is null || token is null) return;
        var user = await users.FindByIdAsync(userId.Value.ToString());
        if (user is null) return;
        Confirmed = user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded;
        // Signed in already (a parent who has just asked for help): the rest of the account opens now.
        if (Confirmed && User.Identity?.IsAuthenticated == true && users.GetUserId(User) == user.Id.ToString())
        {
            await signIn.RefreshSignInAsync(user);
        }
    }
}
