using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport.LocalHelp;

/// <summary>Organisation admins keep the local help directory: add an entry with where it serves, or take one away.</summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class ManageModel(AlongsideDbContext db, PostcodeDistricts districts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<LocalHelpEntry> Entries { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name")]
        [StringLength(120, ErrorMessage = "The name must be 120 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Say what they help with")]
        [StringLength(1000, ErrorMessage = "The description must be 1,000 characters or fewer")]
        public string? Description { get; set; }

        public List<HelpCategory> Categories { get; set; } = [];

        [StringLength(40, ErrorMessage = "The phone number must be 40 characters or fewer")]
        public string? Phone { get; set; }

        [StringLength(300, ErrorMessage = "The website must be 300 characters or fewer")]
        public string? Website { get; set; }

        public bool Nationwide { get; set; }

        /// <summary>Postcode areas and districts, separated by commas or spaces: "M, SK1, SK2".</summary>
        [StringLength(500, ErrorMessage = "The areas must be 500 characters or fewer")]
        public string? Areas { get; set; }
    }

    public async Task OnGetAsync() => Entries = await db.LocalHelpEntries.OrderBy(e => e.Name).Take(500).ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var categories = Input.Categories.Where(c => LocalHelpSearch.Categories.Contains(c)).Aggregate(HelpCategory.None, (all, c) => all | c);
        if (categories == HelpCategory.None) ModelState.AddModelError("Input.Categories", "Choose at least one kind of help");
        if (!string.IsNullOrWhiteSpace(Input.Website) && !WebAddress.IsValid(Input.Website)) ModelState.AddModelError("Input.Website", "Enter the website as an address starting https://");
        var codes = (Input.Areas ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        var unknown = codes.Where(c => !districts.All.Any(d => d.Outcode == c || (d.Outcode.StartsWith(c, StringComparison.Ordinal) && !char.IsDigit(c[^1]) && char.IsDigit(d.Outcode[c.Length])))).ToList();
        if (unknown.Count > 0) ModelState.AddModelError("Input.Areas", $"These are not GB postcode areas or districts: {string.Join(", ", unknown)}");
        if (!Input.Nationwide && codes.Count == 0) ModelState.AddModelError("Input.Areas", "Enter the postcode areas or districts it serves, or choose everywhere");
        if (!ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }
        var entry = new LocalHelpEntry
        {
            Name = Input.Name!.Trim(),
            Description = Input.Description!.Trim(),
            Categories = categories,
            Phone = string.IsNullOrWhiteSpace(Input.Phone) ? null : Input.Phone.Trim(),
            Website = string.IsNullOrWhiteSpace(Input.Website) ? null : Input.Website.Trim(),
            Nationwide = Input.Nationwide,
            CreatedAt = clock.GetUtcNow(),
        };
        db.LocalHelpEntries.Add(entry);
        if (!Input.Nationwide) db.LocalHelpAreas.AddRange(codes.Select(c => new LocalHelpArea { EntryId = entry.Id, Code = c }));
        await db.SaveChangesAsync();
        this.Flash($"{entry.Name} is in the directory");
        return RedirectToPage();
    }
}
