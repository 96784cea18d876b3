namespace Alongside.Web.Kernel.People;

public sealed record StaffInvitationNotice(string Organisation, Role Role, DateTimeOffset ExpiresAt, string Token) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => $"You are invited to join {Organisation} on Alongside";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"{Organisation} has invited you to join Alongside as {RoleNames.Display(Role).ToLowerInvariant()}."),
        Link($"/account/invitation?token={Token}", "Set your password and finish setting up your account here:"),
        Say($"The invitation works until {TimeDisplay.Format(ExpiresAt)} (UK time). When you sign in you will set up two-factor sign-in with an authenticator app, because staff accounts can see family records."),
    ];
}
