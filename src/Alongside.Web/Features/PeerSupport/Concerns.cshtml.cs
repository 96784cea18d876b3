using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>Supervisors read safeguarding concerns from their peer supporters and record what they did.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ConcernsModel(AlongsideDbContext db, Infrastructure.Auditing.AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, Guid RequestId, Guid FamilyId, string Family, string RaisedBy, string Description, DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgedAt, string? ActionTaken);

    public IReadOnlyList<Row> Concerns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await db.CoordinatedBy(User.Id()).AnyAsync()) return NotFound();
        await LoadAsync();
        await audit.RecordReadsAsync("SafeguardingConcern", Concerns.Select(c => (c.Id, c.FamilyId)).ToList(), "Read a safeguarding concern");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid concernId, string? action)
    {
        var mine = db.CoordinatedBy(User.Id());
        var concern = await db.SafeguardingConcerns.SingleOrDefaultAsync(c => c.Id == concernId && mine.Contains(c.OrganisationId) && c.AcknowledgedAt == null);
        if (concern is null) return NotFound();
        var text = action?.Trim() ?? "";
        if (text.Length == 0 || text.Length > 2000)
        {
            ModelState.AddModelError("action", "Record what you did, in up to 2,000 characters");
            await LoadAsync();
            return Page();
        }
        (concern.AcknowledgedAt, concern.AcknowledgedByUserId, concern.ActionTaken) = (clock.GetUtcNow(), User.Id(), text);
        await db.SaveChangesAsync();
        this.Flash("Recorded");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var mine = db.CoordinatedBy(User.Id());
        Concerns = await db.SafeguardingConcerns.Where(c => mine.Contains(c.OrganisationId))
            .OrderBy(c => c.AcknowledgedAt != null).ThenByDescending(c => c.RaisedAt).Take(100)
            .Select(c => new Row(c.Id, c.RequestId,
                db.PeerSupportRequests.Where(r => r.Id == c.RequestId).Select(r => r.FamilyId).First(),
                db.PeerSupportRequests.Where(r => r.Id == c.RequestId).Select(r => db.Families.Where(f => f.Id == r.FamilyId).Select(f => f.Name).First()).First(),
                db.Users.Where(u => u.Id == c.RaisedByUserId).Select(u => u.DisplayName).First(), c.Description, c.RaisedAt, c.AcknowledgedAt, c.ActionTaken))
            .ToListAsync();
    }
}
