using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.SignIn)]
public sealed class RegisterModel(
    UserManager<AppUser> users,
    AccountCreation accounts,
    AlongsideDbContext db,
    Notices notices,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your first name")]
        [StringLength(100, ErrorMessage = "Your first name must be 100 characters or fewer")]
        public string? FirstName { get; set; }

        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.com")]
        [StringLength(256, ErrorMessage = "Your email address must be 256 characters or fewer")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Create a password")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? Password { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var email = Input.Email!.Trim();
        var now = clock.GetUtcNow();

        // The password is judged before anything else, for an address with an account or without,
        // so that a refused password cannot tell anyone which addresses have accounts.
        if (!await PasswordRules.CheckAsync(users, email, Input.Password!, ModelState, "Input.Password")) return Page();

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // As long as making an account takes (hashing the password), so the time does not tell either.
            users.PasswordHasher.HashPassword(existing, Input.Password!);
            // Same answer either way, so nobody can learn who has an account; the owner is told by email.
            await notices.SendAtMostOnceWithinAsync(TimeSpan.FromDays(1), [existing.ToRecipient()], new AlreadyRegisteredNotice());
            await db.SaveChangesAsync();
            return RedirectToPage("CheckYourEmail");
        }

        // The account, its family record and the confirmation email are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await accounts.CreateAsync(email, Input.FirstName!.Trim(), Input.Password!, addressProven: false);
        if (created.User is not { } user)
        {
            created.AddErrorsTo(ModelState, "Input.Password", "Input.Email");
            return Page();
        }
        var family = new Kernel.Families.Family { Name = $"{user.DisplayName}'s family", CreatedAt = now };
        family.Carers.Add(new FamilyCarer { UserId = user.Id });
        db.Families.Add(family);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return RedirectToPage("CheckYourEmail");
    }
}
