using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.UrgentHelp;

/// <summary>
/// Open risk alerts the person may answer, oldest first, each with its ladder so far; a person
/// acknowledges one by saying what they did, which stops it climbing.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RiskQueueModel(AlongsideDbContext db, RiskAlerts alerts) : PageModel
{
    public sealed record Row(Guid Id, string Where, string Path, DateTimeOffset RaisedAt, RiskLevel Level, DateTimeOffset? AcknowledgedAt, string? ActionTaken, IReadOnlyList<RiskAlertStep> Steps);

    public IReadOnlyList<Row> Open { get; private set; } = [];
    public IReadOnlyList<Row> Closed { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(Guid alertId, string? actionTaken)
    {
        var text = actionTaken?.Trim() ?? "";
        if (text.Length == 0) ModelState.AddModelError($"action-{alertId}", "Say what you did, or will do, about it");
        else if (text.Length > 2000) ModelState.AddModelError($"action-{alertId}", "What you did must be 2,000 characters or fewer");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var me = User.Id();
        var who = await db.Memberships.Where(m => m.UserId == me).OrderBy(m => m.Role)
            .Select(m => m.User!.DisplayName + ", " + m.Organisation!.Name).FirstOrDefaultAsync() ?? "a member of staff";
        if (!await alerts.AcknowledgeAsync(alertId, me, text, who)) return NotFound();
        this.Flash("Thank you. The alert is closed and will not be sent further.");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var me = User.Id();
        Open = await Rows(alerts.VisibleTo(me).Where(a => a.AcknowledgedAt == null).OrderBy(a => a.RaisedAt)).ToListAsync();
        Closed = await Rows(alerts.VisibleTo(me).Where(a => a.AcknowledgedAt != null).OrderByDescending(a => a.AcknowledgedAt)).ToListAsync();
    }

    private static IQueryable<Row> Rows(IQueryable<RiskAlert> alerts) =>
        alerts.Take(50).Select(a => new Row(a.Id, a.Where, a.Path, a.RaisedAt, a.Level, a.AcknowledgedAt, a.ActionTaken,
            a.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).ToList()));
}
