
namespace Alongside.Web.Features.Sessions;

public sealed class SessionOptions
{
    public int LengthMinutes { get; set; } = 60;

    /// <summary>The longest <see cref="LengthMinutes"/> allowed, and so the longest any session booked under any setting.</summary>
    public const int LongestMinutes = 480;
    public int BufferMinutes { get; set; } = 15;

    /// <summary>Cancelling with less notice than this is recorded as a late cancellation.</summary>
    public int CancellationNoticeHours { get; set; } = 48;

    /// <summary>How far ahead families can book.</summary>
    public int BookingWindowDays { get; set; } = 28;

    /// <summary>Reminder emails, in hours before the session.</summary>
    public int[] ReminderHours { get; set; } = [48, 2];

    public double ReminderScanSeconds { get; set; } = 60;

    /// <summary>How long a freed slot is kept for the family it is offered to from the earlier-time list.</summary>
    public int EarlierTimeHoldMinutes { get; set; } = 120;

    /// <summary>
    /// When set (for example "https://video.example.org/alongside-"), online sessions without a
    /// pasted link get one made from this and a random room name.
    /// </summary>
    public string? VideoRoomBaseUrl { get; set; }

    /// <summary>What is wrong with these settings, in words for whoever deploys Alongside; empty when nothing is.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (LengthMinutes is < 15 or > LongestMinutes) problems.Add($"Sessions:LengthMinutes must be between 15 and {LongestMinutes}");
        if (BufferMinutes is < 0 or > 120) problems.Add("Sessions:BufferMinutes must be between 0 and 120");
        if (CancellationNoticeHours is < 0 or > 336) problems.Add("Sessions:CancellationNoticeHours must be between 0 and 336");
        if (BookingWindowDays is < 1 or > SlotRules.MaxDays) problems.Add($"Sessions:BookingWindowDays must be between 1 and {SlotRules.MaxDays}");
        if (EarlierTimeHoldMinutes is < 5 or > 2880) problems.Add("Sessions:EarlierTimeHoldMinutes must be between 5 and 2880");
        if (ReminderHours.Any(h => h <= 0)) problems.Add("Sessions:ReminderHours must all be hours before the session, greater than 0: a reminder after the session is no reminder");
        if (ReminderHours.Any(h => h > 24 * 14)) problems.Add("Sessions:ReminderHours must be at most two weeks (336 hours) before");
        if (!string.IsNullOrWhiteSpace(VideoRoomBaseUrl) && !VideoRoomBaseUrl.StartsWith("https://", StringComparison.Ordinal))
            problems.Add("Sessions:VideoRoomBaseUrl must start with https://");
        return problems;
    }
}
