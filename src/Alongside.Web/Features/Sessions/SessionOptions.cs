using Alongside.Web.Domain;

namespace Alongside.Web.Features.Sessions;

public sealed class SessionOptions
{
    public int LengthMinutes { get; set; } = 60;
    public int BufferMinutes { get; set; } = 15;

    /// <summary>Cancelling with less notice than this is recorded as a late cancellation.</summary>
    public int CancellationNoticeHours { get; set; } = 48;

    /// <summary>How far ahead families can book.</summary>
    public int BookingWindowDays { get; set; } = 28;

    /// <summary>Reminder emails, in hours before the session.</summary>
    public int[] ReminderHours { get; set; } = [48, 2];

    public double ReminderScanSeconds { get; set; } = 60;

    /// <summary>
    /// When set (for example "https://video.example.org/alongside-"), online sessions without a
    /// pasted link get one made from this and a random room name.
    /// </summary>
    public string? VideoRoomBaseUrl { get; set; }
}

public static class SessionKinds
{
    /// <summary>Which plan item each kind of session counts against.</summary>
    public static PlanItemKind PlanItem(SessionKind kind) => kind switch
    {
        SessionKind.ParentingSupport => PlanItemKind.ParentingSupportSessions,
        SessionKind.Coaching or SessionKind.Consultation => PlanItemKind.CoachingSessions,
        _ => PlanItemKind.DirectTherapy,
    };

    public static string Describe(SessionKind kind) => kind switch
    {
        SessionKind.ParentingSupport => "1:1 therapeutic parenting support session",
        SessionKind.Coaching => "Parent-only coaching session",
        SessionKind.Consultation => "Parent consultation",
        SessionKind.ChildWithParent => "Child session with parent present",
        _ => kind.ToString(),
    };

    public static bool IsLate(DateTimeOffset startsAt, DateTimeOffset now, SessionOptions options) =>
        startsAt - now < TimeSpan.FromHours(options.CancellationNoticeHours);
}
