using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Organisations;

/// <summary>An organisation's admin keeps its profile: what it does and how to reach it.</summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class ProfileModel(AlongsideDbContext db, AuditLog audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RunOrganisation Org { get; private set; } = null!;

    public sealed class InputModel
    {
        [StringLength(2000, ErrorMessage = "What your organisation does must be 2,000 characters or fewer")]
        public string? About { get; set; }

        [EmailAddress(ErrorMessage = "Enter a contact email address in the right format, like info@example.org")]
        [StringLength(256, ErrorMessage = "The contact email address must be 256 characters or fewer")]
        public string? ContactEmail { get; set; }

        [StringLength(40, ErrorMessage = "The phone number must be 40 characters or fewer")]
        [RegularExpression(@"^[0-9+() -]*$", ErrorMessage = "Enter a phone number using numbers, spaces, brackets and +, like 0161 496 0000")]
        public string? Phone { get; set; }

        public string? Website { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? organisation)
    {
        if (await RunOrganisation.FindAsync(db, User.Id(), organisation) is not { } org) return NotFound();
        Org = org;
        var profile = await db.Organisations.Where(o => o.Id == org.Id)
            .Select(o => new InputModel { About = o.About, ContactEmail = o.ContactEmail, Phone = o.Phone, Website = o.Website }).SingleAsync();
        Input = profile;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? organisation)
    {
        if (await RunOrganisation.FindAsync(db, User.Id(), organisation) is not { } org) return NotFound();
        Org = org;
        var website = Blank(Input.Website);
        if (website is not null && !WebAddress.IsValid(website))
        {
            ModelState.AddModelError("Input.Website", "Enter the website as a full address starting with https://, like https://www.example.org");
        }
        if (!ModelState.IsValid) return Page();

        var row = await db.Organisations.SingleAsync(o => o.Id == org.Id);
        (row.About, row.ContactEmail, row.Phone, row.Website) = (Blank(Input.About), Blank(Input.ContactEmail), Blank(Input.Phone), website);
        await audit.AddAsync("settings", "Organisation", org.Id, null, $"Changed the profile of {org.Name}");
        await db.SaveChangesAsync();
        this.Flash("Your organisation's profile is saved.");
        return Redirect(org.Link("/admin/organisation"));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
