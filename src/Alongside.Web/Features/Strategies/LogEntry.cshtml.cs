using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Strategies;

/// <summary>A parent notes one try of a strategy. Words that signal risk bring up urgent help and alert the care team; the note is kept.</summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class LogEntryModel(AlongsideDbContext db, IOptions<UrgentHelpOptions> urgentHelp, RiskAlerts riskAlerts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public HomeStrategy? Strategy { get; private set; }

    public sealed class InputModel
    {
        public string? Date { get; set; }

        [Required(ErrorMessage = "Say what happened")]
        [StringLength(2000, ErrorMessage = "What happened must be 2,000 characters or fewer")]
        public string? WhatHappened { get; set; }

        [Required(ErrorMessage = "Choose how it went, from 1 to 5")]
        [Range(1, 5, ErrorMessage = "Choose how it went, from 1 to 5")]
        public int? Rating { get; set; }

        [StringLength(2000, ErrorMessage = "The note must be 2,000 characters or fewer")]
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input.Date = LocalToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var date = LocalTimeInput.Date(Input.Date);
        var today = LocalToday();
        if (date is null) ModelState.AddModelError("Input.Date", "Enter the date you tried it, like 2026-11-20");
        else if (date > today) ModelState.AddModelError("Input.Date", "The date must be today or in the past");
        else if (date < today.AddDays(-90)) ModelState.AddModelError("Input.Date", "The date must be within the last 90 days");
        if (!ModelState.IsValid) return Page();

        var risk = RiskWords.Signal(Input.WhatHappened, urgentHelp.Value.RiskPhrases) || RiskWords.Signal(Input.Note, urgentHelp.Value.RiskPhrases);
        db.HomeLogEntries.Add(new HomeLogEntry
        {
            StrategyId = Strategy!.Id,
            FamilyId = Strategy.FamilyId,
            Date = date!.Value,
            WhatHappened = Input.WhatHappened!.Trim(),
            Rating = Input.Rating!.Value,
            Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(),
            WrittenByUserId = User.Id(),
            CreatedAt = clock.GetUtcNow(),
            RiskFlagged = risk,
        });
        if (risk)
        {
            await riskAlerts.RaiseForFamilyAsync(Strategy.FamilyId, "their home log", $"/staff/families/{Strategy.FamilyId}/strategies");
            TempData["UrgentHelp"] = true;
        }
        await db.SaveChangesAsync();
        this.Flash("Your note is saved");
        return Redirect("/family/strategies");
    }

    private DateOnly LocalToday() => clock.UkToday();

    private async Task<bool> LoadAsync(Guid id)
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        Strategy = await db.HomeStrategies.SingleOrDefaultAsync(s => s.Id == id && familyIds.Contains(s.FamilyId));
        return Strategy is not null;
    }
}
