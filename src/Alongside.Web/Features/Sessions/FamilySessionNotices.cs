namespace Alongside.Web.Features.Sessions;

// When a family books, moves or cancels a session themselves, their clinician is told and every
// carer gets a confirmation (a co-carer learns of it too). The clinician's emails say "a family",
// as their calendar feed does: which family is for the diary, behind sign-in.

public static class FamilySessionNotices
{
    /// <summary>Queues both emails in the caller's unit of work (two queries: who, and their email choices).</summary>
    public static async Task TellAsync(AlongsideDbContext db, Notices notices, Guid familyId, Guid clinicianId, Notice toClinician, Notice toFamily)
    {
        var (clinician, carers) = await FamilyRecipients.ClinicianAndCarersAsync(db, clinicianId, familyId);
        await TellAsync(notices, clinician, carers, toClinician, toFamily);
    }

    /// <summary>As above, to people already read (one query: their email choices).</summary>
    public static Task TellAsync(Notices notices, Recipient? clinician, IReadOnlyList<Recipient> carers, Notice toClinician, Notice toFamily) =>
        notices.SendEachAsync((clinician is null ? [] : [clinician], toClinician), (carers, toFamily));
}

public sealed record SessionBookedNotice(string Clinician, DateTimeOffset StartsAt) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Sessions;

    public override string Subject => $"Your session on {TimeDisplay.Format(StartsAt)} is booked";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"Your session with {Clinician} is booked for {TimeDisplay.Format(StartsAt)} (UK time)."),
        Link("/family/sessions", "See the details, add it to your calendar, move it or cancel it:"),
    ];
}

public sealed record SessionCancelledByFamilyNotice(DateTimeOffset StartsAt, bool Late) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Sessions;

    public override string Subject => $"Your session on {TimeDisplay.Format(StartsAt)} is cancelled";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"Your family's session on {TimeDisplay.Format(StartsAt)} (UK time) has been cancelled on Alongside. "
            + (Late ? "It was cancelled late, so it still counts as one of your plan's sessions." : "It does not count against your plan.")),
        Link("/family/sessions", "See your sessions or book another time:"),
    ];
}

public sealed record FamilyBookedSessionNotice(DateTimeOffset StartsAt) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Sessions;

    public override string Subject => $"A family has booked a session with you on {TimeDisplay.Format(StartsAt)}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"A family has booked a session with you on {TimeDisplay.Format(StartsAt)} (UK time)."),
        Link("/staff/sessions", "See it in your diary:"),
    ];
}

/// <param name="ToAnotherClinician">The family moved it to someone else on their care team: it has left this clinician's diary.</param>
public sealed record FamilyMovedSessionNotice(DateTimeOffset From, DateTimeOffset To, bool ToAnotherClinician) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Sessions;

    public override string Subject => ToAnotherClinician
        ? $"A family has moved their session on {TimeDisplay.Format(From)} to a colleague"
        : $"A family has moved their session with you to {TimeDisplay.Format(To)}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say(ToAnotherClinician
            ? $"A family has moved their session with you on {TimeDisplay.Format(From)} (UK time) to another clinician on their care team. It is no longer in your diary."
            : $"A family has moved their session with you from {TimeDisplay.Format(From)} to {TimeDisplay.Format(To)} (UK time)."),
        Link("/staff/sessions", "See your diary:"),
    ];
}

public sealed record FamilyCancelledSessionNotice(DateTimeOffset StartsAt, bool Late) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Sessions;

    public override string Subject => $"A family has cancelled their session with you on {TimeDisplay.Format(StartsAt)}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"A family has cancelled their session with you on {TimeDisplay.Format(StartsAt)} (UK time)."
            + (Late ? " It was cancelled late, so it still counts against their plan." : "")),
        Link("/staff/sessions", "See your diary:"),
    ];
}
