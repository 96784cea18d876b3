using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// The end-of-support report for the professional who referred the child, only while the family
/// shares their plan with their referrer (a consent not revoked): checked in the query, else 404.
/// </summary>
[Authorize(Policy = Policies.Referrer)]
public sealed class SupportReportModel(AlongsideDbContext db, InstrumentCatalogue catalogue, AuditLog audit, TimeProvider clock) : PageModel
{
    public EndOfSupportReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid planId)
    {
        var me = User.Id();
        var readable = db.SupportPlans.Where(p =>
            db.Referrals.Any(r => r.SubmittedByUserId == me && r.Source == ReferralSource.Professional && r.Status == ReferralStatus.Accepted
                                  && r.ChildId == p.ChildId && r.FamilyId == p.FamilyId)
            && db.SharingConsents.Any(c => c.FamilyId == p.FamilyId && c.Audience == SharingAudience.Referrer && c.RevokedAt == null));
        if (await EndOfSupportReport.LoadAsync(db, catalogue, readable, planId, clock.GetUtcNow()) is not { } report) return NotFound();
        Report = report;
        await audit.RecordReadAsync("SupportPlan", planId, report.Plan.FamilyId, "Read the end-of-support report the family shares with their referrer");
        return Page();
    }
}
