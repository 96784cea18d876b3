namespace Alongside.Web.Kernel.Risk;

/// <summary>Says where someone wrote something worrying, never what: the staff sign in to read it.</summary>
public sealed record RiskAlertNotice(string Where, string Path, bool Escalated = false) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => Escalated
        ? "Nobody has acted yet: someone may need urgent help"
        : "Please look soon: a family may need urgent help";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say(Escalated
            ? $"Someone wrote something in {Where} that may mean a person is at risk, and nobody has said they have acted on it yet. You are told because you are next on the list."
            : $"Someone has written something in {Where} that may mean a person is at risk."),
        Link(Path, "They have been shown where to get urgent help. Please sign in, read it and say what you did:"),
    ];
}
