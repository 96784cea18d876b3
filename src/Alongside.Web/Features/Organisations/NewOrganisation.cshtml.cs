using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Organisations;

/// <summary>
/// A platform admin creates an organisation of any kind with its first admin, who is invited by
/// the same email and link as any member of staff (Kernel/People/StaffInvitations).
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class NewOrganisationModel(AlongsideDbContext db, Notices notices, LocalAuthorities localAuthorities, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Option> Kinds { get; } =
        Enum.GetValues<OrganisationKind>().Select(k => new Option(k.ToString(), Organisation.KindDisplay(k))).ToList();

    public IEnumerable<Option> Areas => localAuthorities.All.Select(a => new Option(a.Code, $"{a.Name} ({a.Code})"));

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the organisation's name")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Select the kind of organisation")]
        public OrganisationKind? Kind { get; set; }

        public string? OnsCode { get; set; }

        [Required(ErrorMessage = "Enter the first admin's name")]
        [StringLength(100, ErrorMessage = "The admin's name must be 100 characters or fewer")]
        public string? AdminName { get; set; }

        [Required(ErrorMessage = "Enter the first admin's email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.com")]
        [StringLength(256, ErrorMessage = "The email address must be 256 characters or fewer")]
        public string? AdminEmail { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Input.Name?.Trim() ?? "";
        // Names are told apart without regard to case, so two organisations are never confused on a list.
        var upper = name.ToUpperInvariant();
        if (name.Length is > 0 and <= 200 && await db.Organisations.AnyAsync(o => o.Name.ToUpper() == upper))
        {
            ModelState.AddModelError("Input.Name", $"There is already an organisation called {name}: choose another name");
        }
        // Only a local authority names its area, and only from the ONS list.
        var area = Input.Kind == OrganisationKind.LocalAuthority ? localAuthorities.Find(Input.OnsCode) : null;
        if (Input.Kind == OrganisationKind.LocalAuthority && area is null)
        {
            ModelState.AddModelError("Input.OnsCode", "Select the local authority's area");
        }
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow();
        var organisation = new Organisation { Name = name, Kind = Input.Kind!.Value, OnsCode = area?.Code, CreatedAt = now };
        db.Organisations.Add(organisation);
        var invitation = await StaffInvitations.AddAsync(db, notices, organisation.Id, organisation.Name, Input.AdminEmail!, Input.AdminName!, Role.Admin, User.Id(), now);
        await audit.AddAsync("create", "Organisation", organisation.Id, null,
            $"Created {organisation.Name} ({Organisation.KindDisplay(organisation.Kind)}) and invited {invitation.Email} as its first admin");
        await db.SaveChangesAsync();
        this.Flash($"{organisation.Name} is created. {invitation.Email} has been sent an invitation to be its admin.");
        return Redirect("/platform/organisations");
    }
}
