namespace Alongside.Web.Features.PeerSupport;

/// <summary>To supervisors. What was raised stays in the app.</summary>
public sealed record SafeguardingConcernNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => "Safeguarding concern: please act today";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Link("/peer/concerns", "A peer supporter has raised a safeguarding concern about a family they support. Please read it and act today:"),
        Say("If a child is in immediate danger, call 999."),
    ];
}

public sealed record PeerRequestNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => "A parent has asked for a peer supporter";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/peer/requests", "A parent has asked for a peer supporter. Sign in to see who would suit them best:")];
}

public sealed record SupporterMatchedNotice(Guid RequestId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => "You have been matched with a parent";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/peer/parents/{RequestId}", "A parent has said yes to you as their peer supporter. Please get in touch with them soon.")];
}

/// <summary>To the parent: someone is proposed; they read about them and say yes or no before any contact.</summary>
public sealed record SupporterProposedNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => "A peer supporter who may suit you";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("We have found a peer supporter who may suit you. They will not contact you unless you say yes."),
        Link("/family/peer-support", "Sign in to read about them and tell us whether you would like them to support you:"),
    ];
}

/// <summary>To the coordinators: the parent said no, so someone else is needed.</summary>
public sealed record ProposalDeclinedNotice(Guid RequestId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => "A parent would like a different peer supporter";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/peer/requests/{RequestId}", "A parent has said no to the peer supporter proposed to them. Sign in to choose someone else:")];
}

/// <summary>To the supporter. Never which parent or why: that stays in the app.</summary>
public sealed record SupporterMatchEndedNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => "A peer support match has ended";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/peer", "One of the peer support matches you were part of has ended. Sign in to see the parents you support now:")];
}

/// <summary>To the family. Never why: that stays in the app.</summary>
public sealed record ParentMatchEndedNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => "Your peer support has ended";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/family/peer-support", "Your peer support has ended. You can ask for a peer supporter again at any time:")];
}
