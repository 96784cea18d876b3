using Alongside.Web.Features.Sessions;

namespace Alongside.Tests.Features.Sessions;

public sealed class SessionOptionsTests
{
    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(new SessionOptions().Problems());

    [Fact]
    public void A_reminder_after_the_session_is_refused_with_a_clear_message()
    {
        var problems = new SessionOptions { ReminderHours = [48, -1] }.Problems();
        Assert.Contains(problems, p => p.Contains("a reminder after the session is no reminder", StringComparison.Ordinal));
    }

    [Fact]
    public void Nonsense_lengths_and_plain_http_video_rooms_are_refused() =>
        Assert.Equal(3, new SessionOptions { LengthMinutes = 0, BookingWindowDays = 400, VideoRoomBaseUrl = "http://video.example" }.Problems().Count);
}
