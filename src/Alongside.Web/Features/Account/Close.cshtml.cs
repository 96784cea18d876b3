using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Account;

/// <summary>
/// A parent or carer closes their own account, confirming with their password. Staff accounts
/// are closed by their organisation (ending the membership), so staff are told who to ask.
/// A wrong password changes nothing but counts towards the usual lockout.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.SignIn)]
public sealed class CloseModel(
    AlongsideDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    AccountClosure closure,
    ILiveConnections liveConnections,
    IOptions<RetentionOptions> retention) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your password")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? Password { get; set; }
    }

    public RetentionOptions Retention => retention.Value;

    /// <summary>The organisations a member of staff works for; empty for parents and carers.</summary>
    public IReadOnlyList<string> StaffOf { get; private set; } = [];

    /// <summary>Family records this person is the only carer of.</summary>
    public IReadOnlyList<string> LastCarerOf { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (StaffOf.Count > 0) return Page();
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var check = await signIn.CheckPasswordSignInAsync(user, Input.Password!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError("Input.Password", check.IsLockedOut
                ? "Too many wrong passwords. Your account is locked for 15 minutes: try again after that"
                : "Your password is not right");
            return Page();
        }
        await closure.CloseAsync(user.Id, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        await liveConnections.DisconnectUserEverywhereAsync(user.Id);
        return RedirectToPage("Closed");
    }

    private async Task LoadAsync()
    {
        var me = User.Id();
        StaffOf = await db.Memberships.Where(m => m.UserId == me && m.Role != Role.ParentCarer)
            .Select(m => m.Organisation!.Name).Distinct().OrderBy(n => n).ToListAsync();
        var last = await AccountClosure.LastCarerOfAsync(db, me);
        LastCarerOf = await db.Families.Where(f => last.Contains(f.Id)).OrderBy(f => f.CreatedAt).Select(f => f.Name).ToListAsync();
    }
}
