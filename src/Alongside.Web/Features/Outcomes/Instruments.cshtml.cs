using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// The instruments this installation knows and whether each is offered (a published one once its
/// wording is imported; a licensed one once this organisation records its licence), and how often
/// the organisation's plans ask for goals and wellbeing. Only an admin of the organisation, checked
/// in each query.
/// </summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class InstrumentsModel(AlongsideDbContext db, Instruments instruments, MeasureSchedule schedule, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(Instrument Definition, bool WordingPresent, InstrumentLicence? Licence)> All { get; private set; } = [];
    public IReadOnlyList<Option> Organisations { get; private set; } = [];
    public Guid OrganisationId { get; private set; }

    [BindProperty]
    public string? GoalsEvery { get; set; }

    [BindProperty]
    public string? WellbeingEvery { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? org)
    {
        if (!await LoadAsync(org)) return NotFound();
        var every = await schedule.EveryAsync(OrganisationId);
        (GoalsEvery, WellbeingEvery) = (every.Goals.ToString(), every.Wellbeing.ToString());
        return Page();
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid org)
    {
        if (!await LoadAsync(org)) return NotFound();
        var goals = ScheduleRules.Every(GoalsEvery, "goals", blankAllowed: false);
        var wellbeing = ScheduleRules.Every(WellbeingEvery, "wellbeing and confidence", blankAllowed: false);
        if (goals.Error is not null) ModelState.AddModelError(nameof(GoalsEvery), goals.Error);
        if (wellbeing.Error is not null) ModelState.AddModelError(nameof(WellbeingEvery), wellbeing.Error);
        if (!ModelState.IsValid) return Page();

        var defaults = await db.MeasureDefaults.SingleOrDefaultAsync(d => d.OrganisationId == org);
        if (defaults is null) db.MeasureDefaults.Add(defaults = new MeasureDefaults { OrganisationId = org });
        (defaults.GoalsEverySessions, defaults.WellbeingEverySessions) = (goals.Every!.Value, wellbeing.Every!.Value);
        (defaults.UpdatedByUserId, defaults.UpdatedAt) = (User.Id(), clock.GetUtcNow());
        await audit.AddAsync("settings", "Organisation", org, null, $"Set questionnaires: goals every {defaults.GoalsEverySessions} sessions, wellbeing every {defaults.WellbeingEverySessions}");
        await db.SaveChangesAsync();
        this.Flash("Saved. Plans written from now on, and plans without their own schedule, ask on this schedule.");
        return Redirect($"/admin/instruments?org={org}");
    }

    public async Task<IActionResult> OnPostLicenceAsync(Guid org, string? instrumentId)
    {
        if (!await LoadAsync(org)) return NotFound();
        var instrument = All.FirstOrDefault(i => i.Definition.Id == instrumentId && i.Definition.LicenceRequired).Definition;
        if (instrument is null) return NotFound();
        var reference = Reference?.Trim() ?? "";
        // Keyed by the box's id, so the summary's link lands on it.
        var box = $"reference-{instrument.Id}";
        if (reference.Length == 0) ModelState.AddModelError(box, $"Enter your licence reference for {instrument.Name}");
        else if (reference.Length > InstrumentLicence.ReferenceLength) ModelState.AddModelError(box, $"The licence reference must be {InstrumentLicence.ReferenceLength} characters or fewer");
        if (!ModelState.IsValid)
        {
            var every = await schedule.EveryAsync(OrganisationId);
            (GoalsEvery, WellbeingEvery) = (every.Goals.ToString(), every.Wellbeing.ToString());
            return Page();
        }

        var licence = await db.InstrumentLicences.SingleOrDefaultAsync(l => l.OrganisationId == org && l.InstrumentId == instrument.Id);
        if (licence is null) db.InstrumentLicences.Add(licence = new InstrumentLicence { OrganisationId = org, InstrumentId = instrument.Id, Reference = reference });
        (licence.Reference, licence.RecordedByUserId, licence.RecordedAt) = (reference, User.Id(), clock.GetUtcNow());
        await audit.AddAsync("settings", "Organisation", org, null, $"Recorded a licence for {instrument.Name}");
        await db.SaveChangesAsync();
        this.Flash($"Licence recorded. {instrument.Name} is asked of your families once its wording is imported.");
        return Redirect($"/admin/instruments?org={org}");
    }

    public async Task<IActionResult> OnPostRemoveLicenceAsync(Guid org, string? instrumentId)
    {
        if (!await LoadAsync(org)) return NotFound();
        var licence = await db.InstrumentLicences.SingleOrDefaultAsync(l => l.OrganisationId == org && l.InstrumentId == instrumentId);
        if (licence is null)
        {
            this.Flash("There was no licence to remove.");
            return Redirect($"/admin/instruments?org={org}");
        }
        db.InstrumentLicences.Remove(licence);
        await audit.AddAsync("settings", "Organisation", org, null, $"Removed the licence for {instrumentId}");
        await db.SaveChangesAsync();
        this.Flash("Licence removed. It is no longer asked; answers already given stay.");
        return Redirect($"/admin/instruments?org={org}");
    }

    /// <summary>The organisations this person runs; the one asked for must be among them.</summary>
    private async Task<bool> LoadAsync(Guid? org)
    {
        var me = User.Id();
        Organisations = (await db.Memberships.Where(m => m.UserId == me && m.Role == Role.Admin).OrderBy(m => m.Organisation!.Name)
            .Select(m => new { m.OrganisationId, m.Organisation!.Name }).ToListAsync()).Select(o => new Option(o.OrganisationId.ToString(), o.Name)).ToList();
        var chosen = Organisations.FirstOrDefault(o => org is null || o.Value == org.ToString());
        if (chosen is null) return false;
        OrganisationId = Guid.Parse(chosen.Value);
        var licences = await db.InstrumentLicences.Where(l => l.OrganisationId == OrganisationId).ToListAsync();
        All = (await instruments.AllAsync()).Select(i => (i.Definition, i.Offerable is not null, licences.FirstOrDefault(l => l.InstrumentId == i.Definition.Id))).ToList();
        return true;
    }
}
