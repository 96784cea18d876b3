namespace Alongside.Web.Kernel.People;

public sealed record ConfirmEmailNotice(Guid UserId, string Code) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => "Confirm your email address for Alongside";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("Thank you for creating an Alongside account. To finish, confirm your email address by opening this link:"),
        Link($"/account/confirm-email?userId={UserId}&code={Code}"),
        Say("The link works for 24 hours. If you did not create an account, you can ignore this email."),
    ];
}

public sealed record AlreadyRegisteredNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => "Someone tried to create an Alongside account with your email";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("Someone tried to create a new Alongside account with this email address, but you already have one."),
        Link("/account/sign-in", "If it was you, sign in here:"),
        Link("/account/forgot-password", "If you have forgotten your password, reset it here:"),
        Say("If it was not you, you do not need to do anything."),
    ];
}

public sealed record PasswordResetNotice(string Email, string Code) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => "Reset your Alongside password";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("We received a request to reset your Alongside password. Choose a new one here:"),
        Link($"/account/reset-password?email={Uri.EscapeDataString(Email)}&code={Code}"),
        Say("The link works for 24 hours. If you did not ask for this, you can ignore this email and your password will not change."),
    ];
}
