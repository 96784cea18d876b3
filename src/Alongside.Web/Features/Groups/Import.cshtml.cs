using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups;

/// <summary>An organisation admin uploads a CSV of groups and sees what was saved and what each bad row needs.</summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class ImportModel(AlongsideDbContext db, PostcodeDistricts districts, TimeProvider clock) : PageModel
{
    public const long MaxBytes = 10 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid OrganisationId { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];
    public ImportResult? Result { get; private set; }

    /// <summary>The encoding the file was read as, when it was not UTF-8.</summary>
    public string? ReadAs { get; private set; }

    public IReadOnlyList<GroupImportGuide.Column> Guide => GroupImportGuide.Columns(clock.UkToday());

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!Organisations.Any(o => o.Id == OrganisationId)) ModelState.AddModelError(nameof(OrganisationId), "Choose one of your organisations");
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "Choose a CSV file to upload");
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), "The file must be smaller than 10 MB");
        if (!ModelState.IsValid) return Page();
        var bytes = new byte[Upload!.Length];
        await using (var stream = Upload.OpenReadStream()) await stream.ReadExactlyAsync(bytes);
        if (SpreadsheetCsv.Decode(bytes, out var refusal) is not { } file)
        {
            ModelState.AddModelError(nameof(Upload), refusal!);
            return Page();
        }
        ReadAs = file.ReadAs;
        var (rows, problems) = GroupImport.Parse(new StringReader(file.Text), districts, clock.GetUtcNow());
        Result = await GroupImport.SaveAsync(db, OrganisationId, rows, problems);
        return Page();
    }

    /// <summary>The header row and one example row, described column by column on the page.</summary>
    public IActionResult OnGetTemplate() =>
        File(GroupImportGuide.Template(clock.UkToday()), "text/csv; charset=utf-8", GroupImportGuide.TemplateFileName);

    private async Task LoadAsync()
    {
        var me = User.Id();
        Organisations = (await db.Memberships.Where(m => m.UserId == me && m.Role == Role.Admin)
            .Select(m => new { m.OrganisationId, m.Organisation!.Name }).ToListAsync()).Select(o => (o.OrganisationId, o.Name)).ToList();
        if (OrganisationId == Guid.Empty && Organisations.Count > 0) OrganisationId = Organisations[0].Id;
    }
}
