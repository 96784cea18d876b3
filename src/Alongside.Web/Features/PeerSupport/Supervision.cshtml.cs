using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// A supervisor's peer supporters: their current training, caseload, open safeguarding concerns
/// they raised, and when this supervisor last held supervision with them.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SupervisionModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid UserId, string Name, string Organisations, string Training, bool TrainingCurrent, int Caseload, int OpenConcerns, DateOnly? LastSupervision);

    public IReadOnlyList<Row> Supporters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var me = User.Id();
        var organisations = db.SupervisedBy(me);
        if (!await organisations.AnyAsync()) return NotFound();
        var today = clock.UkToday();
        var memberships = await db.SupportersSupervisedBy(me)
            .Select(m => new { m.UserId, m.User!.DisplayName, Organisation = m.Organisation!.Name }).ToListAsync();
        var ids = memberships.Select(m => m.UserId).Distinct().ToList();

        var caseload = await db.PeerSupportRequests
            .Where(r => r.Status == PeerRequestStatus.Matched && r.SupporterUserId != null && ids.Contains(r.SupporterUserId.Value) && organisations.Contains(r.OrganisationId))
            .GroupBy(r => r.SupporterUserId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var concerns = await db.SafeguardingConcerns
            .Where(c => c.AcknowledgedAt == null && ids.Contains(c.RaisedByUserId) && organisations.Contains(c.OrganisationId))
            .GroupBy(c => c.RaisedByUserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var last = await db.SupervisionEntries.Where(e => e.SupervisorUserId == me && ids.Contains(e.SupporterUserId))
            .GroupBy(e => e.SupporterUserId).Select(g => new { g.Key, Last = g.Max(e => e.HeldOn) }).ToDictionaryAsync(g => g.Key, g => g.Last);
        var training = (await TrainingRecords.ForAsync(db, ids, CourseAudience.PeerSupporterTraining)).ToLookup(r => r.UserId);

        Supporters = memberships.GroupBy(m => m.UserId).Select(g =>
            {
                var best = TrainingRecords.Best(training[g.Key], CourseAudience.PeerSupporterTraining, today);
                return new Row(g.Key, g.First().DisplayName, string.Join(", ", g.Select(m => m.Organisation).Distinct().Order(StringComparer.Ordinal)),
                    TrainingRecords.Describe(best, today, "No completed peer supporter training on Alongside"), best?.IsCurrent(today) == true,
                    caseload.GetValueOrDefault(g.Key), concerns.GetValueOrDefault(g.Key), last.TryGetValue(g.Key, out var held) ? held : null);
            })
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        return Page();
    }
}
