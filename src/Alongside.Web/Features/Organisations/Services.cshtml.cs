using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Organisations;

/// <summary>
/// An organisation's admin lists, adds, changes and closes its services. A service with its own
/// waiting list orders its referrals apart from the organisation's other services.
/// </summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class ServicesModel(AlongsideDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RunOrganisation Org { get; private set; } = null!;
    public IReadOnlyList<Service> All { get; private set; } = [];

    /// <summary>The service being changed, when the page was opened with ?edit=.</summary>
    public Service? Editing { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the service's name")]
        [StringLength(120, ErrorMessage = "The service's name must be 120 characters or fewer")]
        public string? Name { get; set; }

        [StringLength(1000, ErrorMessage = "What the service offers must be 1,000 characters or fewer")]
        public string? About { get; set; }

        public bool OwnWaitingList { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? organisation, Guid? edit)
    {
        if (!await LoadAsync(organisation, edit)) return NotFound();
        if (Editing is { } s) Input = new InputModel { Name = s.Name, About = s.About, OwnWaitingList = s.OwnWaitingList };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? organisation)
    {
        if (!await LoadAsync(organisation, null)) return NotFound();
        await CheckNameAsync(null);
        if (!ModelState.IsValid) return Page();

        var service = new Service { OrganisationId = Org.Id, Name = Input.Name!.Trim(), About = Blank(Input.About), OwnWaitingList = Input.OwnWaitingList, CreatedAt = clock.GetUtcNow() };
        db.Services.Add(service);
        await audit.AddAsync("settings", "Service", service.Id, null, $"Added the service {service.Name}{(service.OwnWaitingList ? " with its own waiting list" : "")}");
        await db.SaveChangesAsync();
        this.Flash($"{service.Name} is added.");
        return Redirect(Org.Link("/admin/services"));
    }

    public async Task<IActionResult> OnPostEditAsync(Guid? organisation, Guid id)
    {
        if (!await LoadAsync(organisation, id) || Editing is null) return NotFound();
        await CheckNameAsync(id);
        if (!ModelState.IsValid) return Page();

        var service = await db.Services.SingleAsync(s => s.Id == id);
        var was = service.Name;
        (service.Name, service.About, service.OwnWaitingList) = (Input.Name!.Trim(), Blank(Input.About), Input.OwnWaitingList);
        await audit.AddAsync("settings", "Service", id, null,
            $"Changed the service {was}{(was == service.Name ? "" : $" (now {service.Name})")}: {(service.OwnWaitingList ? "its own waiting list" : "the organisation's waiting list")}");
        await db.SaveChangesAsync();
        this.Flash($"{service.Name} is saved.");
        return Redirect(Org.Link("/admin/services"));
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid? organisation, Guid id)
    {
        if (!await LoadAsync(organisation, null)) return NotFound();
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == Org.Id);
        if (service is null) return NotFound();
        if (service.ClosedAt is null)
        {
            service.ClosedAt = clock.GetUtcNow();
            await audit.AddAsync("settings", "Service", id, null, $"Closed the service {service.Name}");
            await db.SaveChangesAsync();
        }
        this.Flash($"{service.Name} is closed. Its referrals keep their history.");
        return Redirect(Org.Link("/admin/services"));
    }

    private async Task CheckNameAsync(Guid? except)
    {
        var name = Input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 120) return;
        var upper = name.ToUpperInvariant();
        if (await db.Services.AnyAsync(s => s.OrganisationId == Org.Id && s.Id != except && s.Name.ToUpper() == upper))
        {
            ModelState.AddModelError("Input.Name", $"Your organisation already has a service called {name}: choose another name");
        }
    }

    /// <summary>The organisation (one this person runs) and its services; the one to change must be among them.</summary>
    private async Task<bool> LoadAsync(Guid? organisation, Guid? edit)
    {
        if (await RunOrganisation.FindAsync(db, User.Id(), organisation) is not { } org) return false;
        Org = org;
        All = await db.Services.Where(s => s.OrganisationId == org.Id).OrderBy(s => s.ClosedAt != null).ThenBy(s => s.Name).ToListAsync();
        if (edit is { } id)
        {
            Editing = All.FirstOrDefault(s => s.Id == id && s.ClosedAt == null);
            if (Editing is null) return false;
        }
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
