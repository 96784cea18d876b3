namespace Alongside.Web.Features.Staff;

/// <summary>To the care team and the clinician's organisation admins: someone asks to join a family's care team.</summary>
public sealed record CareTeamRequestNotice(string Organisation, string Path) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => "A clinician asks to join a care team";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"A clinician of {Organisation} asks to join the care team of a family you work with. Joining lets them read the family's private clinical records, so they need a yes from a care team member or an admin."),
        Link(Path, "Decide on the family's record:"),
    ];
}

/// <summary>To the clinician who asked: the answer.</summary>
public sealed record CareTeamDecisionNotice(bool Approved, string Path) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => Approved ? "You have joined a care team" : "Your request to join a care team was declined";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say(Approved ? "Your request to join a family's care team was accepted." : "Your request to join a family's care team was declined. Speak to your organisation admin if you think you should be on it."),
        Link(Path, "The family's record:"),
    ];
}
