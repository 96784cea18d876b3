namespace Alongside.Web.Features.Account;

/// <summary>To the new address: the link that makes it the account's address.</summary>
public sealed record ConfirmNewEmailNotice(Guid UserId, string Email, string Code) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => "Confirm your new email address for Alongside";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("You asked to use this email address for your Alongside account. To make the change, open this link:"),
        Link($"/account/confirm-new-email?userId={UserId}&email={Uri.EscapeDataString(Email)}&code={Code}"),
        Say("The link works for 24 hours. Until you open it, we keep using your old address. If you did not ask for this, you can ignore this email."),
    ];
}

/// <summary>To the old address, once the new one is confirmed, so a change nobody asked for is noticed.</summary>
public sealed record EmailChangedNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => "The email address for your Alongside account has changed";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("The email address for your Alongside account has just been changed. We will not send emails to this address any more."),
        Say("If you made this change, you do not need to do anything."),
        Link("/about/contact", "If you did not, someone else may be using your account. Contact us straight away:"),
    ];
}

/// <summary>
/// To a new address that already belongs to another account: the person asking is told the same
/// as anyone else, so nobody can find out which addresses have accounts.
/// </summary>
public sealed record EmailAlreadyUsedNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => "Someone tried to use your email address for another Alongside account";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("Someone asked to move their Alongside account to this email address, but it already belongs to your account. Nothing has changed."),
        Say("If it was you, use a different address, or close one of your accounts first."),
        Link("/account/sign-in", "To sign in to your account:"),
    ];
}
