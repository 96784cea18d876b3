using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Plans;

/// <summary>The end-of-support report of a plan, for its care team (audited): to print or pass on to the funder.</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class SupportReportModel(AlongsideDbContext db, InstrumentCatalogue catalogue, AuditLog audit, TimeProvider clock) : PageModel
{
    public EndOfSupportReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid familyId, Guid planId)
    {
        var me = User.Id();
        var readable = db.SupportPlans.Where(p => p.FamilyId == familyId && db.CareTeamMembers.Any(c => c.FamilyId == p.FamilyId && c.UserId == me));
        if (await EndOfSupportReport.LoadAsync(db, catalogue, readable, planId, clock.GetUtcNow()) is not { } report) return NotFound();
        Report = report;
        await audit.RecordReadAsync("SupportPlan", planId, familyId, "Read the end-of-support report");
        return Page();
    }
}
