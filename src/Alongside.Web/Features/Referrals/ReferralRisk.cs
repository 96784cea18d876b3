using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// A request for help is often the first thing a distressed parent writes. When its answers carry
/// risk words, the service's triage staff are alerted at once (the alert climbs if nobody acts),
/// instead of the request waiting its turn in the queue.
/// </summary>
public sealed class ReferralRisk(AlongsideDbContext db, RiskAlerts alerts, IOptions<UrgentHelpOptions> urgentHelp)
{
    /// <summary>Raises an alert in the caller's unit of work when the answers signal risk; true when it did.</summary>
    public async Task<bool> RaiseIfSignalledAsync(Referral referral)
    {
        var phrases = urgentHelp.Value.RiskPhrases;
        if (!new[] { referral.WhatIsHappening, referral.WhatHasBeenTried, referral.Hopes }.Any(text => RiskWords.Signal(text, phrases))) return false;
        var triage = await FamilyRecipients.StaffAsync(db, referral.OrganisationId, Role.Clinician, Role.Admin);
        alerts.RaiseForOrganisation(referral.OrganisationId, referral.FamilyId, triage, "the triage staff", "a request for help", $"/staff/referrals/{referral.Id}");
        return true;
    }
}
