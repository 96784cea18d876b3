using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Alongside.Web.Features.Sessions;

/// <summary>One session as a calendar shows it: when, what kind, with whom, how to join. Nothing clinical.</summary>
/// <param name="Sequence">Raised by each move or cancellation (<see cref="Session.CalendarSequence"/>).</param>
public sealed record CalendarEntry(Guid Id, SessionKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string With, DeliveryMode Mode, string? VideoLink, string? Place, bool Cancelled, int Sequence);

/// <summary>One week's meeting of a course the person has a place on, or runs.</summary>
public sealed record CourseMeetingEntry(Guid Id, int Week, string Course, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, string? OnlineLink);

/// <summary>
/// iCalendar for "add to calendar" and the personal feed. Times are UTC instants, so every
/// calendar app shows them in its own zone. Cancelled sessions stay in the feed marked as
/// cancelled, so a subscribed phone removes them.
/// </summary>
public static class SessionCalendar
{
    public static string Build(IEnumerable<CalendarEntry> entries, IEnumerable<CourseMeetingEntry>? meetings = null)
    {
        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", "Alongside");
        foreach (var e in entries)
        {
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{e.Id:N}@alongside",
                Summary = $"{SessionKinds.Describe(e.Kind)} with {e.With}",
                Description = e.Mode == DeliveryMode.Online
                    ? e.VideoLink is null ? "Online, by video call. Sign in to Alongside for the details." : $"Online, by video call: {e.VideoLink}"
                    : "Face to face. Sign in to Alongside for the details.",
                Location = e.Mode == DeliveryMode.Online ? e.VideoLink : e.Place,
                Start = new CalDateTime(e.StartsAt.UtcDateTime, "UTC"),
                End = new CalDateTime(e.EndsAt.UtcDateTime, "UTC"),
                Sequence = e.Sequence,
            };
            if (e.Mode == DeliveryMode.Online && Uri.TryCreate(e.VideoLink, UriKind.Absolute, out var room)) calendarEvent.Url = room;
            if (e.Cancelled)
            {
                calendarEvent.Status = "CANCELLED";
            }
            else
            {
                // A phone's own reminder, as the Join button opens: time to find a quiet room and test the camera.
                calendarEvent.Alarms.Add(new Alarm
                {
                    Action = AlarmAction.Display,
                    Description = $"{SessionKinds.Describe(e.Kind)} in {SessionJoin.OpensMinutesBefore} minutes",
                    Trigger = new Trigger(Duration.FromMinutes(-SessionJoin.OpensMinutesBefore)),
                });
            }
            calendar.Events.Add(calendarEvent);
        }
        foreach (var m in meetings ?? [])
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{m.Id:N}-week{m.Week}@alongside",
                Summary = $"{m.Course}, week {m.Week}",
                Description = m.OnlineLink is null ? "Sign in to Alongside for the details." : $"Join online: {m.OnlineLink}",
                Location = m.Place ?? m.OnlineLink,
                Start = new CalDateTime(m.StartsAt.UtcDateTime, "UTC"),
                End = new CalDateTime(m.EndsAt.UtcDateTime, "UTC"),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
