using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Admin;

/// <summary>A member of staff opens their invitation, sets a password, then must set up two-factor sign-in.</summary>
[AllowAnonymous]
// Anonymous, yet it shows the person's email address (and carries their secret link): never cached.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InvitationModel(
    AlongsideDbContext db,
    UserManager<AppUser> users,
    AccountCreation accounts,
    SignInManager<AppUser> signIn,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public StaffInvitation? Invitation { get; private set; }
    public bool HasAccount { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Create a password")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? Password { get; set; }
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Invitation is null) return Page();
        var now = clock.GetUtcNow();

        if (HasAccount)
        {
            // An existing account joins the organisation; its password is not touched here.
            ModelState.Clear();
            var existing = await users.FindByEmailAsync(Invitation.Email);
            await AcceptAsync(existing!, now);
            return Redirect("/account/sign-in?ReturnUrl=%2Fstaff");
        }
        if (!ModelState.IsValid) return Page();

        await using var transaction = await db.Database.BeginTransactionAsync();
        // They opened the link sent to that address, so it is proven.
        var created = await accounts.CreateAsync(Invitation.Email, Invitation.DisplayName, Input.Password!, addressProven: true);
        created.AddErrorsTo(ModelState, "Input.Password");
        if (created.User is not { } user) return Page();
        await AcceptAsync(user, now);
        await transaction.CommitAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/account/two-factor?returnUrl=%2Fstaff");
    }

    private async Task AcceptAsync(AppUser user, DateTimeOffset now)
    {
        var invitation = Invitation!;
        invitation.AcceptedAt = now;
        var already = await db.Memberships.AnyAsync(m =>
            m.UserId == user.Id && m.OrganisationId == invitation.OrganisationId && m.Role == invitation.Role);
        if (!already)
        {
            db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = invitation.OrganisationId, Role = invitation.Role, CreatedAt = now });
        }
        await db.SaveChangesAsync();
    }

    private async Task LoadAsync()
    {
        if (string.IsNullOrEmpty(Token) || Token.Length > 100) return;
        var hash = SecretTokens.Hash(Token);
        var now = clock.GetUtcNow();
        Invitation = await db.StaffInvitations.Include(i => i.Organisation)
            .Where(i => i.TokenHash == hash && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .SingleOrDefaultAsync();
        if (Invitation is not null)
        {
            HasAccount = await users.FindByEmailAsync(Invitation.Email) is not null;
        }
    }
}
