using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Family;

/// <summary>A carer opens their invitation and joins the family record, making an account if they need one.</summary>
[AllowAnonymous]
public sealed class JoinModel(AlongsideDbContext db, UserManager<AppUser> users, AccountCreation accounts, SignInManager<AppUser> signIn, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public CarerInvitation? Invitation { get; private set; }
    public string? FamilyName { get; private set; }
    public bool HasAccount { get; private set; }
    public bool SignedInAsSomeoneElse { get; private set; }

    public sealed class InputModel
    {
        [StringLength(100, ErrorMessage = "Your first name must be 100 characters or fewer")]
        public string? FirstName { get; set; }

        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? Password { get; set; }
    }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.FirstName ??= Invitation?.DisplayName;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Invitation is null || SignedInAsSomeoneElse) return Page();
        var now = clock.GetUtcNow();
        AppUser? user;
        if (User.Identity?.IsAuthenticated == true)
        {
            user = await users.GetUserAsync(User);
        }
        else if (HasAccount)
        {
            return Redirect($"/account/sign-in?ReturnUrl={Uri.EscapeDataString($"/family/join?token={Token}")}");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(Input.FirstName)) ModelState.AddModelError("Input.FirstName", "Enter your first name");
            if (string.IsNullOrWhiteSpace(Input.Password)) ModelState.AddModelError("Input.Password", "Create a password");
            if (!ModelState.IsValid) return Page();
            // They opened the link sent to that address, so it is proven.
            var created = await accounts.CreateAsync(Invitation.Email, Input.FirstName!.Trim(), Input.Password!, addressProven: true);
            created.AddErrorsTo(ModelState, "Input.Password");
            if (created.User is null) return Page();
            user = created.User;
        }
        if (user is null) return Challenge();

        if (!await db.FamilyCarers.AnyAsync(c => c.FamilyId == Invitation.FamilyId && c.UserId == user.Id))
        {
            db.FamilyCarers.Add(new FamilyCarer { FamilyId = Invitation.FamilyId, UserId = user.Id, Relationship = Invitation.Relationship });
        }
        Invitation.AcceptedAt = now;
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false); // fresh cookie: they are now a carer
        return Redirect("/family");
    }

    private async Task LoadAsync()
    {
        if (string.IsNullOrEmpty(Token) || Token.Length > 100) return;
        var hash = CarerInvitations.Hash(Token);
        var now = clock.GetUtcNow();
        Invitation = await db.CarerInvitations
            .Where(i => i.TokenHash == hash && i.AcceptedAt == null && i.ExpiresAt > now)
            .SingleOrDefaultAsync();
        if (Invitation is null) return;
        FamilyName = await db.Families.Where(f => f.Id == Invitation.FamilyId).Select(f => f.Name).SingleAsync();
        HasAccount = await users.FindByEmailAsync(Invitation.Email) is not null;
        if (User.Identity?.IsAuthenticated == true)
        {
            var me = await users.GetUserAsync(User);
            SignedInAsSomeoneElse = !string.Equals(me?.Email, Invitation.Email, StringComparison.OrdinalIgnoreCase);
        }
    }
}
