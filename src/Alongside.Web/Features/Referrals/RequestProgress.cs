namespace Alongside.Web.Features.Referrals;

/// <summary>Where a request is up to, in the words a family reads.</summary>
public enum RequestStage
{
    Received,
    BeingLookedAt,
    WaitingList,
    Accepted,
    Declined,
    Withdrawn,
}

/// <summary>One dated line of what happened to a request.</summary>
public sealed record RequestEvent(DateTimeOffset At, string What);

/// <summary>
/// A request's stage, what happens next and its dated history, all from what the referral and
/// the audit log already record (staff opening it to triage is what "being looked at" means).
/// Pure, so it is unit-tested; the pages read the facts.
/// </summary>
public static class RequestProgress
{
    public sealed record Facts(
        ReferralStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset? FirstReadAt, DateTimeOffset? WaitingSince,
        DateTimeOffset? DecidedAt, DateTimeOffset? WithdrawnAt, string Organisation);

    public static RequestStage Stage(ReferralStatus status, bool readByStaff) => status switch
    {
        ReferralStatus.New => readByStaff ? RequestStage.BeingLookedAt : RequestStage.Received,
        ReferralStatus.WaitingList => RequestStage.WaitingList,
        ReferralStatus.Accepted => RequestStage.Accepted,
        ReferralStatus.Declined => RequestStage.Declined,
        _ => RequestStage.Withdrawn,
    };

    public static string Words(RequestStage stage) => stage switch
    {
        RequestStage.Received => "Received",
        RequestStage.BeingLookedAt => "Being looked at",
        RequestStage.WaitingList => "On the waiting list",
        RequestStage.Accepted => "Accepted",
        RequestStage.Declined => "Not accepted",
        _ => "Withdrawn",
    };

    public static string TagClass(RequestStage stage) => stage switch
    {
        RequestStage.Accepted => "nhsuk-tag--green",
        RequestStage.Declined => "nhsuk-tag--red",
        RequestStage.WaitingList => "nhsuk-tag--yellow",
        RequestStage.Withdrawn => "nhsuk-tag--grey",
        RequestStage.BeingLookedAt => "nhsuk-tag--purple",
        _ => "nhsuk-tag--blue",
    };

    /// <summary>What happens next, for the family.</summary>
    public static string Next(RequestStage stage, string organisation) => stage switch
    {
        RequestStage.Received => $"{organisation} has your request and will read it soon. They will decide whether they can help, or whether there is a wait, and we will email you when they do.",
        RequestStage.BeingLookedAt => $"Someone at {organisation} has started to read your request. They will decide whether they can help, or whether there is a wait, and we will email you when they do.",
        RequestStage.WaitingList => $"{organisation} can help, and you are on their waiting list. They will contact you when a place is free. You do not need to do anything.",
        RequestStage.Accepted => $"{organisation} will help. They will contact you to arrange your first meeting.",
        RequestStage.Declined => $"{organisation} cannot help with this request. Their reason is below. You can ask another service for help at any time.",
        _ => "You withdrew this request, so nobody will act on it. You can ask for help again at any time.",
    };

    /// <summary>Whether the family may still take the request back: only before a decision to help or not.</summary>
    public static bool CanWithdraw(ReferralStatus status) => status is ReferralStatus.New or ReferralStatus.WaitingList;

    /// <summary>
    /// What happened when, oldest first: sent, first read by staff, put on the waiting list, the
    /// decision, withdrawn. A waiting-list move is its own line; the decision is the last one made.
    /// </summary>
    public static IReadOnlyList<RequestEvent> History(Facts f)
    {
        var events = new List<RequestEvent> { new(f.SubmittedAt, $"Sent to {f.Organisation}") };
        if (f.FirstReadAt is { } read) events.Add(new(read, $"First read by {f.Organisation}"));
        if (f.WaitingSince is { } waiting) events.Add(new(waiting, "Put on the waiting list"));
        if (f.DecidedAt is { } decided && f.Status is ReferralStatus.Accepted or ReferralStatus.Declined)
        {
            events.Add(new(decided, f.Status == ReferralStatus.Accepted ? "Accepted" : "Not accepted"));
        }
        if (f.WithdrawnAt is { } withdrawn) events.Add(new(withdrawn, "Withdrawn by the family"));
        return events.OrderBy(e => e.At).ToList();
    }

    /// <summary>When the organisation's staff first opened the referral to triage it (from the audit log).</summary>
    public static Task<DateTimeOffset?> FirstReadAsync(AlongsideDbContext db, Guid referralId) =>
        db.AuditEntries.Where(a => a.EntityType == "Referral" && a.EntityId == referralId && a.Action == "read")
            .OrderBy(a => a.At).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync();
}
