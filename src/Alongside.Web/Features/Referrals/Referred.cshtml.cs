using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// One referral, for the professional who made it: where it is up to, its place on the waiting
/// list, who has it (the organisation and, once accepted, the lead clinician: the first of the
/// organisation's clinicians on the family's care team) and what happened when. Nothing of the
/// family's record. Anyone but the referrer who made it: 404.
/// </summary>
[Authorize(Policy = Policies.Referrer)]
public sealed class ReferredModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public Referral Referral { get; private set; } = null!;
    public RequestStage Stage { get; private set; }
    public WaitingPlace? Place { get; private set; }
    public string? Service { get; private set; }
    public string? LeadClinician { get; private set; }
    public IReadOnlyList<RequestEvent> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var me = User.Id();
        var referral = await db.Referrals.Where(r => r.Id == id && r.SubmittedByUserId == me && r.Source == ReferralSource.Professional)
            .Include(r => r.Organisation).Include(r => r.Child).SingleOrDefaultAsync();
        if (referral is null) return NotFound();
        Referral = referral;
        var firstRead = await RequestProgress.FirstReadAsync(db, id);
        Stage = RequestProgress.Stage(referral.Status, firstRead is not null);
        if (referral.Status == ReferralStatus.WaitingList)
        {
            Place = (await WaitingPlaces.ForAsync(db, [id], clock.GetUtcNow())).GetValueOrDefault(id);
        }
        Service = referral.ServiceId is { } serviceId ? await db.Services.Where(s => s.Id == serviceId).Select(s => s.Name).SingleOrDefaultAsync() : null;
        if (referral.Status == ReferralStatus.Accepted)
        {
            LeadClinician = await db.CareTeamMembers.Where(m => m.FamilyId == referral.FamilyId && m.OrganisationId == referral.OrganisationId)
                .OrderBy(m => m.AddedAt).Select(m => m.User!.DisplayName).FirstOrDefaultAsync();
        }
        History = RequestProgress.History(new(referral.Status, referral.SubmittedAt, firstRead, referral.WaitingSince,
            referral.DecidedAt, referral.WithdrawnAt, referral.Organisation!.Name));
        return Page();
    }
}
