namespace Alongside.Web.Kernel.Families;

/// <summary>
/// To the family: who joined or left their care team, so they always know who can read their records.
/// Sent from the family record (Staff) and when a clinician accepts a request (Referrals).
/// </summary>
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
