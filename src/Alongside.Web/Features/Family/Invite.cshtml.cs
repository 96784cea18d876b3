using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Family;

/// <summary>A carer invites a second carer (a partner, or a grandparent who shares the caring) to the family record.</summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class InviteModel(AlongsideDbContext db, Notices notices, TimeProvider clock) : PageModel
{
    /// <summary>Carer invitations one person may send in 24 hours: each is an email to an address they typed.</summary>
    public const int InvitationsPerDay = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter their first name")]
        [StringLength(100, ErrorMessage = "The name must be 100 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter their email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.com")]
        [StringLength(256, ErrorMessage = "The email address must be 256 characters or fewer")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Select their relationship to the child")]
        public CarerRelationship? Relationship { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var me = User.Id();
        var family = await db.Families.CaredForBy(db, me).OrderBy(f => f.CreatedAt).Select(f => new { f.Id, f.Name }).FirstOrDefaultAsync();
        if (family is null) return NotFound();
        var email = Input.Email!.Trim();
        if (await db.FamilyCarers.AnyAsync(c => c.FamilyId == family.Id && c.User!.Email == email))
        {
            ModelState.AddModelError("Input.Email", "This person is already a carer in your family's record");
            return Page();
        }
        var since = clock.GetUtcNow().AddDays(-1);
        if (await db.CarerInvitations.CountAsync(i => i.InvitedByUserId == me && i.CreatedAt > since) >= InvitationsPerDay)
        {
            ModelState.AddModelError("Input.Email", $"You can send up to {InvitationsPerDay} invitations a day. Please try again tomorrow.");
            return Page();
        }
        var token = CarerInvitations.Add(db, family.Id, email, Input.Name!.Trim(), Input.Relationship, me, clock.GetUtcNow());
        await notices.SendAsync(new Recipient(email, Input.Name!.Trim()), new CarerInvitationNotice(User.DisplayName(), family.Name, token));
        await db.SaveChangesAsync();
        TempData["Invited"] = email;
        return RedirectToPage("Invite");
    }
}
