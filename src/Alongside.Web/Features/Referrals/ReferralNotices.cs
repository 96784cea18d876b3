namespace Alongside.Web.Features.Referrals;

/// <summary>To the carer a professional referred, with their consent: make an account to follow it.</summary>
public sealed record FamilyReferredNotice(string Organisation, string Token) : Notice
{
    public override string Subject => $"Your family has been referred to {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"With your agreement, a professional working with your family has asked {Organisation} to help."),
        Link($"/family/join?token={Token}", "Create your Alongside account to see where the request is up to and to hear from the service:"),
        Say("The link works for 14 days. If you did not agree to this, please reply to the person who referred you."),
    ];
}

public sealed record RequestSentNotice(string Organisation) : Notice
{
    public override string Subject => $"Your request for help has been sent to {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"Your request for help has been sent to {Organisation}. They will look at it and let you know what happens next."),
        Link("/family", "You can see where it is up to at any time:"),
        Say("If you or a child are in danger now, call 999."),
    ];
}

/// <summary>
/// To the owner of an address someone gave when asking for help without signing in: the address
/// has an account, so nothing was sent. Their answers wait on the device they used.
/// </summary>
public sealed record RequestNotSentNotice(string Organisation) : Notice
{
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
    public override string Subject => $"A new request for help is waiting for {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/staff/referrals", $"A new request for help has arrived for {Organisation}. Sign in to read it:")];
}

/// <summary>Something changed in a family's request; they sign in to see what.</summary>
public sealed record RequestNewsNotice(string Organisation) : Notice
{
    public override string Subject => $"There is news about your request to {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/family", $"{Organisation} has updated your request for help. Sign in to see what has changed:")];
}

public static class ReferralNotices
{
    public static async Task TellTriageStaffAsync(AlongsideDbContext db, Notices notices, Guid organisationId, string organisationName) =>
        notices.Send(await FamilyRecipients.StaffAsync(db, organisationId, Role.Clinician, Role.Admin), new NewReferralNotice(organisationName));
}
