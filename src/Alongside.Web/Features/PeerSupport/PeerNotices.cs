namespace Alongside.Web.Features.PeerSupport;

/// <summary>To supervisors. What was raised stays in the app.</summary>
public sealed record SafeguardingConcernNotice : Notice
{
    public override string Subject => "Safeguarding concern: please act today";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Link("/peer/concerns", "A peer supporter has raised a safeguarding concern about a family they support. Please read it and act today:"),
        Say("If a child is in immediate danger, call 999."),
    ];
}

public sealed record PeerRequestNotice : Notice
{
    public override string Subject => "A parent has asked for a peer supporter";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/peer/requests", "A parent has asked for a peer supporter. Sign in to see who would suit them best:")];
}

public sealed record SupporterMatchedNotice(Guid RequestId) : Notice
{
    public override string Subject => "You have been matched with a parent";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/peer/parents/{RequestId}", "A coordinator has matched you with a parent who asked for a peer supporter.")];
}

public sealed record ParentMatchedNotice(string Supporter) : Notice
{
    public override string Subject => "Your peer supporter";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/family/peer-support", $"{Supporter} will be your peer supporter and will get in touch with you.")];
}
