using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// A supervisor's log of supervision with one peer supporter they supervise, and a form to add
/// to it. Only the entries this supervisor wrote: another supervisor's log with the same
/// supporter is theirs alone, and admins have no view of it.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SupervisionLogModel(AlongsideDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid SupporterId { get; private set; }
    public string Supporter { get; private set; } = "";
    public string Training { get; private set; } = "";
    public IReadOnlyList<SupervisionEntryView> Entries { get; private set; } = [];
    private Guid organisationId;

    public static IReadOnlyList<Option> WellbeingOptions { get; } =
        [.. Enumerable.Range(1, 5).Select(w => new Option(w.ToString(System.Globalization.CultureInfo.InvariantCulture), SupervisionRules.Wellbeing(w)))];

    public sealed class InputModel
    {
        public string? Day { get; set; }
        public string? Month { get; set; }
        public string? Year { get; set; }

        [Required(ErrorMessage = "Enter the topics you talked about")]
        [StringLength(2000, ErrorMessage = "The topics must be 2,000 characters or fewer")]
        public string? Topics { get; set; }

        [StringLength(2000, ErrorMessage = "The actions must be 2,000 characters or fewer")]
        public string? Actions { get; set; }

        [Required(ErrorMessage = "Select how they said they were, from 1 to 5")]
        public int? Wellbeing { get; set; }

        [StringLength(1000, ErrorMessage = "The note must be 1,000 characters or fewer")]
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid supporterUserId) => await LoadAsync(supporterUserId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid supporterUserId)
    {
        if (!await LoadAsync(supporterUserId)) return NotFound();
        var (heldOn, dateError) = DateParts.Read(Input.Day, Input.Month, Input.Year, SupervisionRules.HeldOn(clock.UkToday()));
        if (dateError is not null) ModelState.AddModelError("Input.Day", dateError);
        if (Input.Wellbeing is not null && !SupervisionRules.ValidWellbeing(Input.Wellbeing))
            ModelState.AddModelError("Input.Wellbeing", "Select how they said they were, from 1 to 5");
        if (!ModelState.IsValid) return Page();

        var entry = new SupervisionEntry
        {
            OrganisationId = organisationId,
            SupervisorUserId = User.Id(),
            SupporterUserId = supporterUserId,
            HeldOn = heldOn!.Value,
            Topics = Input.Topics!.Trim(),
            Actions = string.IsNullOrWhiteSpace(Input.Actions) ? null : Input.Actions.Trim(),
            Wellbeing = Input.Wellbeing!.Value,
            WellbeingNote = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.SupervisionEntries.Add(entry);
        await audit.AddAsync("write", "SupervisionEntry", entry.Id, null, "Recorded supervision with a peer supporter");
        await db.SaveChangesAsync();
        this.Flash("Supervision recorded");
        return RedirectToPage(new { supporterUserId });
    }

    private async Task<bool> LoadAsync(Guid supporterUserId)
    {
        var me = User.Id();
        // One organisation they share, the same one each time when they share several.
        var supporter = await db.SupportersSupervisedBy(me).Where(m => m.UserId == supporterUserId)
            .OrderBy(m => m.Organisation!.Name).ThenBy(m => m.OrganisationId)
            .Select(m => new { m.OrganisationId, m.User!.DisplayName }).FirstOrDefaultAsync();
        if (supporter is null) return false;
        (SupporterId, Supporter, organisationId) = (supporterUserId, supporter.DisplayName, supporter.OrganisationId);
        var today = clock.UkToday();
        var records = await TrainingRecords.ForAsync(db, [supporterUserId], CourseAudience.PeerSupporterTraining);
        Training = TrainingRecords.Describe(TrainingRecords.Best(records, CourseAudience.PeerSupporterTraining, today), today, "No completed peer supporter training on Alongside");
        Entries = await db.SupervisionEntries.Where(e => e.SupervisorUserId == me && e.SupporterUserId == supporterUserId)
            .OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.CreatedAt).Take(200)
            .Select(e => new SupervisionEntryView(e.HeldOn, null, e.Topics, e.Actions, e.Wellbeing, e.WellbeingNote)).ToListAsync();
        return true;
    }
}
