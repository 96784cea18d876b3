using Alongside.Web.Domain;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// iCalendar for "add to calendar". Times are UTC instants, so every calendar app shows them in
/// its own zone; the text says who and what kind of session, never anything clinical.
/// </summary>
public static class SessionCalendar
{
    public static string ForSession(Guid id, SessionKind kind, DateTimeOffset startsAt, DateTimeOffset endsAt, string clinician)
    {
        var calendar = new Calendar();
        calendar.AddProperty("X-WR-CALNAME", "Alongside");
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{id:N}@alongside",
            Summary = $"{SessionKinds.Describe(kind)} with {clinician}",
            Description = "Online, by video call. Sign in to Alongside for the details.",
            Start = new CalDateTime(startsAt.UtcDateTime, "UTC"),
            End = new CalDateTime(endsAt.UtcDateTime, "UTC"),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
