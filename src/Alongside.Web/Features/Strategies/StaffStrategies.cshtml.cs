using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Strategies;

/// <summary>
/// The care team shares strategies to try at home and reads the family's home log: by default
/// what was logged since the family's last attended session, to prepare the next one.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class StaffStrategiesModel(AlongsideDbContext db, AuditLog audit, Notices notices, TimeProvider clock) : PageModel
{
    public const int LogPageSize = 50;

    public sealed record LogRow(Guid StrategyId, DateOnly Date, string WhatHappened, int Rating, string? Note, string By, bool RiskFlagged);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid FamilyId { get; private set; }
    public string FamilyName { get; private set; } = "";
    public IReadOnlyList<HomeStrategy> Shared { get; private set; } = [];
    public IReadOnlyList<LogRow> Log { get; private set; } = [];
    public DateTimeOffset? LastSession { get; private set; }
    public bool ShowingAll { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a short title")]
        [StringLength(120, ErrorMessage = "The title must be 120 characters or fewer")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Say what to do")]
        [StringLength(2000, ErrorMessage = "What to do must be 2,000 characters or fewer")]
        public string? WhatToDo { get; set; }

        [Required(ErrorMessage = "Say why it helps")]
        [StringLength(2000, ErrorMessage = "Why it helps must be 2,000 characters or fewer")]
        public string? WhyItHelps { get; set; }

        [Required(ErrorMessage = "Say how often to try it")]
        [StringLength(120, ErrorMessage = "How often must be 120 characters or fewer")]
        public string? HowOften { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid familyId, bool all = false)
    {
        ShowingAll = all;
        if (!await LoadAsync(familyId)) return NotFound();
        await audit.RecordReadAsync("HomeLog", familyId, familyId, "Read the home log");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid familyId)
    {
        if (!await LoadAsync(familyId)) return NotFound();
        if (!ModelState.IsValid) return Page();
        db.HomeStrategies.Add(new HomeStrategy
        {
            FamilyId = familyId,
            Title = Input.Title!.Trim(),
            WhatToDo = Input.WhatToDo!.Trim(),
            WhyItHelps = Input.WhyItHelps!.Trim(),
            HowOften = Input.HowOften!.Trim(),
            SharedByUserId = User.Id(),
            SharedAt = clock.GetUtcNow(),
        });
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, familyId), new NewStrategyNotice());
        await db.SaveChangesAsync();
        this.Flash($"Shared \u201c{Input.Title!.Trim()}\u201d with the family");
        return RedirectToPage(new { familyId });
    }

    public async Task<IActionResult> OnPostStopAsync(Guid familyId, Guid strategyId)
    {
        if (!await LoadAsync(familyId)) return NotFound();
        var now = clock.GetUtcNow();
        if (await db.HomeStrategies.Where(s => s.Id == strategyId && s.FamilyId == familyId && s.StoppedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.StoppedAt, now)) == 0) return NotFound();
        this.Flash("Stopped. The family can still read it and its log.");
        return RedirectToPage(new { familyId });
    }

    private async Task<bool> LoadAsync(Guid familyId)
    {
        var me = User.Id();
        var family = await db.Families.OnCareTeam(db, me).Where(f => f.Id == familyId).Select(f => new { f.Id, f.Name }).SingleOrDefaultAsync();
        if (family is null) return false;
        (FamilyId, FamilyName) = (family.Id, family.Name);
        var now = clock.GetUtcNow();
        Shared = await db.HomeStrategies.Where(s => s.FamilyId == familyId).OrderBy(s => s.StoppedAt != null).ThenByDescending(s => s.SharedAt).Take(50).ToListAsync();
        LastSession = await db.Sessions.Where(s => s.FamilyId == familyId && s.Status == SessionStatus.Attended && s.StartsAt <= now)
            .OrderByDescending(s => s.StartsAt).Select(s => (DateTimeOffset?)s.StartsAt).FirstOrDefaultAsync();
        var log = db.HomeLogEntries.Where(e => e.FamilyId == familyId);
        if (!ShowingAll && LastSession is { } since) log = log.Where(e => e.CreatedAt >= since);
        Log = await log.OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt).Take(LogPageSize)
            .Select(e => new LogRow(e.StrategyId, e.Date, e.WhatHappened, e.Rating, e.Note, e.WrittenBy!.DisplayName, e.RiskFlagged)).ToListAsync();
        return true;
    }
}
