namespace Alongside.Web.Features.Referrals;

/// <summary>To the carer a professional referred, with their consent: make an account to follow it.</summary>
public sealed record FamilyReferredNotice(string Organisation, string Token) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => $"Your family has been referred to {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"With your agreement, a professional working with your family has asked {Organisation} to help."),
        Link($"/family/join?token={Token}", "Create your Alongside account to see where the request is up to and to hear from the service:"),
        Say("The link works for 14 days. If you did not agree to this, please reply to the person who referred you."),
    ];
}

public sealed record RequestSentNotice(string Organisation, string? Reference, Guid ReferralId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => $"Your request for help has been sent to {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"Your request for help has been sent to {Organisation}. They will look at it and let you know what happens next."),
        Say($"Your reference is {Reference}. Quote it if you contact {Organisation} about your request."),
        Link($"/get-help/requests/{ReferralId}", "You can see where it is up to at any time:"),
        Say("If you or a child are in danger now, call 999."),
    ];
}

/// <summary>
/// To the owner of an address someone gave when asking for help without signing in: the address
/// has an account, so nothing was sent. Their answers wait on the device they used.
/// </summary>
public sealed record RequestNotSentNotice(string Organisation) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => "Your request for help has not been sent yet";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"Someone asked {Organisation} for help on Alongside and gave this email address. You already have an Alongside account, so the request has not been sent."),
        Link("/account/sign-in?ReturnUrl=%2Fget-help%2Fcheck", "If it was you, sign in on the same device, and your answers will be there to check and send:"),
        Link("/account/forgot-password", "If you have forgotten your password, reset it here:"),
        Say("If it was not you, you do not need to do anything: nothing has been sent, and nobody has signed in to your account."),
        Say("If you or a child are in danger now, call 999."),
    ];
}

/// <summary>To the organisation's clinicians and admins: a referral is waiting. No details: they sign in to read it.</summary>
public sealed record NewReferralNotice(string Organisation) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => $"A new request for help is waiting for {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/staff/referrals", $"A new request for help has arrived for {Organisation}. Sign in to read it:")];
}

/// <summary>Something changed in a family's request; they sign in to see what.</summary>
public sealed record RequestNewsNotice(string Organisation) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => $"There is news about your request to {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/family", $"{Organisation} has updated your request for help. Sign in to see what has changed:")];
}

/// <summary>
/// To the professional who made a referral: the service has decided. No child's name and no
/// reason in the email (a notice never carries what staff wrote): the referral, with any reason,
/// is on their list of referrals, which they sign in to read.
/// </summary>
public sealed record ReferralDecidedNotice(string Organisation, ReferralStatus Status, DateTimeOffset SentAt, Guid ReferralId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    private string Sent => TimeDisplay.Local(SentAt, "d MMMM yyyy");

    public override string Subject => Status switch
    {
        ReferralStatus.Accepted => $"{Organisation} has accepted your referral",
        ReferralStatus.WaitingList => $"{Organisation} has put your referral on its waiting list",
        _ => $"{Organisation} could not accept your referral",
    };

    public override IEnumerable<NoticeLine> Lines() => Status switch
    {
        ReferralStatus.Accepted =>
        [
            Say($"{Organisation} has accepted the referral you sent on {Sent}. The family has been told too."),
            Link($"/refer/mine#referral-{ReferralId}", "Sign in to see it, and the support plan while the family shares it with you:"),
        ],
        ReferralStatus.WaitingList =>
        [
            Say($"{Organisation} has put the referral you sent on {Sent} on its waiting list. The family has been told too."),
            Link($"/refer/mine#referral-{ReferralId}", "Sign in to see the family's place on the list and the expected wait:"),
        ],
        _ =>
        [
            Say($"{Organisation} could not accept the referral you sent on {Sent}, and has given a reason. The family has been told too."),
            Link($"/refer/mine#referral-{ReferralId}", "Sign in to read the reason:"),
        ],
    };
}

/// <summary>To the organisation's clinicians and admins: a family took back its request. No details: they sign in to see it.</summary>
public sealed record RequestWithdrawnNotice(string Organisation, string? Reference, Guid ReferralId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => $"A family has withdrawn its request to {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"The family who sent request {Reference} to {Organisation} has withdrawn it. It is no longer on your list of new requests or your waiting list."),
        Link($"/staff/referrals/{ReferralId}", "Sign in to see it:"),
    ];
}

public static class ReferralNotices
{
    public static async Task TellTriageStaffOfWithdrawalAsync(AlongsideDbContext db, Notices notices, Referral referral, string organisationName) =>
        await notices.SendAsync(await FamilyRecipients.StaffAsync(db, referral.OrganisationId, Role.Clinician, Role.Admin),
            new RequestWithdrawnNotice(organisationName, referral.Reference, referral.Id));

    /// <summary>
    /// Tells the professional who made a referral of a decision on it: only a professional's
    /// referral, only while their account is open, and never a second email to someone the
    /// family's own notice already reached (a referrer who is also one of its carers).
    /// </summary>
    public static async Task TellReferrerAsync(AlongsideDbContext db, Notices notices, Referral referral, string organisationName, IReadOnlyCollection<Recipient> alreadyTold)
    {
        if (referral.Source != ReferralSource.Professional || referral.Status is not (ReferralStatus.Accepted or ReferralStatus.Declined or ReferralStatus.WaitingList)) return;
        var referrer = await db.Users.Where(u => u.Id == referral.SubmittedByUserId && u.ClosedAt == null && u.Email != null)
            .Select(u => new Recipient(u.Email!, u.DisplayName)).SingleOrDefaultAsync();
        if (referrer is null || alreadyTold.Any(r => string.Equals(r.Email, referrer.Email, StringComparison.OrdinalIgnoreCase))) return;
        await notices.SendAsync(referrer, new ReferralDecidedNotice(organisationName, referral.Status, referral.SubmittedAt, referral.Id));
    }

    public static async Task TellTriageStaffAsync(AlongsideDbContext db, Notices notices, Guid organisationId, string organisationName) =>
        await notices.SendAsync(await FamilyRecipients.StaffAsync(db, organisationId, Role.Clinician, Role.Admin), new NewReferralNotice(organisationName));
}
