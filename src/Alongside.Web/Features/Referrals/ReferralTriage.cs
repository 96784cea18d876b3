namespace Alongside.Web.Features.Referrals;

/// <summary>
/// The triage decisions as one rule: new requests may be accepted, declined or put on the waiting
/// list; waiting ones accepted or declined; nothing else. Pure, so it is unit-tested; the page saves
/// the result and, on acceptance, opens the family's record to the organisation.
/// </summary>
public static class ReferralTriage
{
    /// <summary>Applies the decision to the referral, or answers why it cannot be made (and changes nothing).</summary>
    public static string? Decide(Referral referral, ReferralStatus to, string? declineReason, Guid decidedBy, DateTimeOffset now)
    {
        if (!WaitingListRules.CanMove(referral.Status, to))
            return $"This request is already {WaitingListRules.StatusDisplay(referral.Status).ToLowerInvariant()}.";
        if (to == ReferralStatus.Declined && string.IsNullOrWhiteSpace(declineReason))
            return "Enter the reason. The family and the referrer will see it.";
        if (referral.Status == ReferralStatus.WaitingList) referral.LeftWaitingListAt = now;
        if (to == ReferralStatus.WaitingList) referral.WaitingSince = now;
        if (to == ReferralStatus.Declined) referral.DeclineReason = declineReason!.Trim();
        referral.Status = to;
        referral.DecidedAt = now;
        referral.DecidedByUserId = decidedBy;
        return null;
    }

    /// <summary>Accepting is what lets the organisation's staff open the family's record.</summary>
    public static bool OpensTheRecord(ReferralStatus to) => to == ReferralStatus.Accepted;
}
