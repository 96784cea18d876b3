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
        if (!Signalled(referral.WhatIsHappening, referral.WhatHasBeenTried, referral.Hopes)) return false;
        var triage = await FamilyRecipients.StaffAsync(db, referral.OrganisationId, Role.Clinician, Role.Admin);
        await alerts.RaiseForOrganisationAsync(referral.OrganisationId, referral.FamilyId, triage, "the triage staff", "a request for help", $"/staff/referrals/{referral.Id}");
        return true;
    }

    /// <summary>Whether a self-referral's answers carry risk words, before there is any referral.</summary>
    public bool Signalled(IReadOnlyDictionary<string, string> answers) =>
        Signalled(answers.GetValueOrDefault("whats-happening"), answers.GetValueOrDefault("tried"), answers.GetValueOrDefault("hopes"));

    private bool Signalled(params string?[] texts) => texts.Any(text => RiskWords.Signal(text, urgentHelp.Value.RiskPhrases));
}
