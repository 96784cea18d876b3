namespace Alongside.Web.Features.Family;

public sealed record CarerInvitationNotice(string Inviter, string Family, string Token) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => $"{Inviter} has invited you to join them on Alongside";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"{Inviter} has invited you to join {Family} on Alongside, where families get support while a child is in therapy."),
        Link($"/family/join?token={Token}", "Join here:"),
        Say("The link works for 14 days."),
    ];
}
