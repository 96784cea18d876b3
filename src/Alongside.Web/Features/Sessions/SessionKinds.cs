namespace Alongside.Web.Features.Sessions;

public static class SessionKinds
{
    /// <summary>Which plan item each kind of session counts against.</summary>
    public static PlanItemKind PlanItem(SessionKind kind) => kind switch
    {
        SessionKind.ParentingSupport => PlanItemKind.ParentingSupportSessions,
        SessionKind.Coaching or SessionKind.Consultation => PlanItemKind.CoachingSessions,
        _ => PlanItemKind.DirectTherapy,
    };

    /// <summary>
    /// Reads a kind from an address: nothing is no kind (the list), a known name is that kind, and
    /// anything else (a misspelling, a number) is false.
    /// </summary>
    public static bool TryRead(string? text, out SessionKind? kind)
    {
        kind = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (text.Any(char.IsAsciiDigit) || !Enum.TryParse<SessionKind>(text, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return false;
        kind = parsed;
        return true;
    }

    public static string Describe(SessionKind kind) => SessionKindNames.Describe(kind);

    public static bool IsLate(DateTimeOffset startsAt, DateTimeOffset now, SessionOptions options) =>
        startsAt - now < TimeSpan.FromHours(options.CancellationNoticeHours);
}
