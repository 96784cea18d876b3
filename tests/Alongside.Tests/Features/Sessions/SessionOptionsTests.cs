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

    [Fact]
    public void Without_a_video_service_the_booking_form_asks_for_a_link_and_promises_no_room()
    {
        var none = new SessionOptions();
        Assert.StartsWith("No video service is set up here, so no room can be made.", SessionDelivery.VideoLinkHint(none, changing: false));
        Assert.StartsWith("No video service is set up here, so no room can be made.", SessionDelivery.VideoLinkHint(none, changing: true));
        Assert.DoesNotContain("new room", SessionDelivery.VideoLinkHint(none, changing: false));
        Assert.Null(SessionDelivery.NewVideoLink(none));

        var configured = new SessionOptions { VideoRoomBaseUrl = "https://video.example.test/room-" };
        Assert.Contains("leave empty for a new room to be made", SessionDelivery.VideoLinkHint(configured, changing: false));
        Assert.StartsWith("https://video.example.test/room-", SessionDelivery.NewVideoLink(configured));
    }
}
