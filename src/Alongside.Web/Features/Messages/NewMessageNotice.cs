namespace Alongside.Web.Features.Messages;

/// <summary>Says a message is waiting, never what it says.</summary>
public sealed record NewMessageNotice(Guid ThreadId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Messages;

    public override string Subject => "You have a new message on Alongside";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/messages/{ThreadId}", "There is a new message waiting for you. Sign in to read it:")];
}
