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

/// <summary>To the family: who joined or left their care team, so they always know who can read their records.</summary>
public sealed record CareTeamChangedNotice(string Clinician, string Organisation, bool Joined) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => Joined ? "Someone has joined your care team" : "Someone has left your care team";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say(Joined
            ? $"{Clinician} of {Organisation} has joined your care team. Your care team can read your family's plans, assessments and session notes."
            : $"{Clinician} of {Organisation} is no longer on your care team and can no longer read your family's private records."),
        Link("/family", "See who is on your care team:"),
    ];
}
