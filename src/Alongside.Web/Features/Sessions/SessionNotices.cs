namespace Alongside.Web.Features.Sessions;

// Session notices carry times and names only; what a session is about stays in the app.
// A change the service makes to a booked time, and a held time the family asked to hear about,
// are essential: missing one means a wasted journey or a lost offer, which no email choice should cost.

public sealed record SessionsBookedNotice(int Count, DateTimeOffset First) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Sessions;

    public override string Subject => Count == 1 ? "A session has been booked for you" : $"{Count} sessions have been booked for you";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"Your clinician has booked {(Count == 1 ? "a session" : $"{Count} sessions, starting")} on {TimeDisplay.Format(First)}. Times are UK time."),
        Link("/family/sessions", "See your sessions and add them to your calendar:"),
    ];
}

/// <summary>Sessions moved: essential when the service moved them; a family's own move is a confirmation they may turn off.</summary>
public sealed record SessionsMovedNotice(int Count, DateTimeOffset First, bool ByService = true) : Notice
{
    public override NoticeCategory Category => ByService ? NoticeCategory.Essential : NoticeCategory.Sessions;

    public override string Subject => Count == 1 ? "Your session has moved" : "Your sessions have moved";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say((Count == 1
            ? $"Your session has moved to {TimeDisplay.Format(First)}."
            : $"{Count} of your sessions have moved. The first is now on {TimeDisplay.Format(First)}.") + " Times are UK time."),
        Link("/family/sessions", "See your sessions and add them to your calendar:"),
    ];
}

public sealed record SessionsCancelledNotice(int Count, DateTimeOffset From) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => Count == 1 ? "Your session has been cancelled" : "Your sessions have been cancelled";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say((Count == 1
            ? $"We are sorry: your session on {TimeDisplay.Format(From)} has been cancelled. It does not count against your plan."
            : $"We are sorry: {Count} of your sessions, from {TimeDisplay.Format(From)}, have been cancelled. They do not count against your plan.") + " Times are UK time."),
        Link("/family/sessions", "See your sessions and add them to your calendar:"),
    ];
}

/// <param name="JoinId">The session's id when it is online with a room: the email links to the app's Join address, never to the room itself.</param>
public sealed record SessionReminderNotice(SessionKind Kind, string Clinician, DateTimeOffset StartsAt, Guid? JoinId = null) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Sessions;

    public override string Subject => $"Reminder: your session on {TimeDisplay.Format(StartsAt)}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"This is a reminder of your {SessionKinds.Describe(Kind).ToLowerInvariant()} with {Clinician} on {TimeDisplay.Format(StartsAt)} (UK time)."),
        .. (JoinId is null ? Array.Empty<NoticeLine>() : [Link($"/family/sessions?handler=Join&id={JoinId}", $"It is online. Join the video call here from {SessionJoin.OpensMinutesBefore} minutes before it starts:")]),
        Link("/family/sessions", "See the details, add it to your calendar or cancel:"),
    ];
}

/// <summary>A guest's link to one session; it ends with the session.</summary>
public sealed record GuestInvitationNotice(string Inviter, DateTimeOffset StartsAt, string Token) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => $"{Inviter} has invited you to a session on {TimeDisplay.Format(StartsAt)}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"{Inviter} has invited you to join a session with them on {TimeDisplay.Format(StartsAt)} (UK time)."),
        Link($"/guest/{Token}", "The time and how to join are here:"),
        Say("The link works until the session ends. Please do not pass it on."),
    ];
}

/// <summary>
/// An earlier time with the family's clinician has freed up and is kept for them for a while. It
/// says nothing of why the time is free. With <paramref name="MoveId"/> the link moves their later
/// session to it, so the plan count stays as it was.
/// </summary>
public sealed record EarlierTimeOfferedNotice(string Clinician, DateTimeOffset StartsAt, DateTimeOffset HeldUntil, SessionKind Kind, Guid ClinicianId, Guid? MoveId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => $"An earlier time with {Clinician} is free: {TimeDisplay.Format(StartsAt)}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"You asked to hear if an earlier time with {Clinician} freed up. {TimeDisplay.Format(StartsAt)} (UK time) is free, and we are keeping it for you until {TimeDisplay.Format(HeldUntil)}."),
        Say(MoveId is null
            ? "Nothing is booked until you confirm it."
            : "Confirming moves your later session with them to this time. Nothing changes until you confirm."),
        Link($"/family/sessions/book/review?kind={Kind}&clinicianId={ClinicianId}&start={StartsAt.UtcTicks}{(MoveId is null ? "" : $"&move={MoveId}")}", "Check the time and confirm it here:"),
    ];
}
