namespace Alongside.Web.Kernel.Risk;

/// <summary>Says where a family wrote something worrying, never what: the staff sign in to read it.</summary>
public sealed record RiskAlertNotice(string Where, string Path) : Notice
{
    public override string Subject => "Please look soon: a family may need urgent help";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"A family you support has written something in {Where} that may mean someone is at risk."),
        Link(Path, "They have been shown where to get urgent help. Please sign in and read it soon:"),
    ];
}
