using System.Text.Json;

namespace Alongside.Web.Features.Courses;

/// <summary>"coursePlaces" in the download: the person's places on courses, with the weeks they came. One query.</summary>
internal sealed class CourseData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 55;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var places = await db.CoursePlaces.Where(p => p.UserId == subject.UserId).OrderBy(p => p.JoinedAt)
            .Select(p => new
            {
                p.Cohort!.Course!.Title,
                Organisation = p.Cohort.Course.Organisation!.Name,
                p.Cohort.StartsOn,
                p.Status,
                p.JoinedAt,
                p.OfferedAt,
                p.EnrolledAt,
                p.EndedAt,
                p.CompletedAt,
                Weeks = p.Attendance.OrderBy(a => a.Week).Select(a => new { a.Week, a.Attended }).ToList(),
            }).ToListAsync(cancellationToken);
        json.WriteStartArray("coursePlaces");
        foreach (var p in places)
        {
            json.WriteStartObject();
            json.Text("course", p.Title);
            json.Text("organisation", p.Organisation);
            json.Text("startsOn", p.StartsOn.ToString("yyyy-MM-dd"));
            json.Text("status", CourseWords.Status(p.Status));
            json.Instant("joinedAt", p.JoinedAt);
            json.Instant("offeredAt", p.OfferedAt);
            json.Instant("placeTakenAt", p.EnrolledAt);
            json.Instant("endedAt", p.EndedAt);
            json.Instant("completedAt", p.CompletedAt);
            json.WriteStartArray("register");
            foreach (var w in p.Weeks)
            {
                json.WriteStartObject();
                json.WriteNumber("week", w.Week);
                json.WriteBoolean("attended", w.Attended);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

/// <summary>
/// Closing an account gives up the person's places on courses that have not begun, and their
/// places in the queues, each offered on to the next person waiting. Places on courses already
/// under way stay, with their register, for the organisation's records.
/// </summary>
internal sealed class CourseErasure(AlongsideDbContext db, CohortPlaces places, TimeProvider clock) : IAccountErasure
{
    public async Task EraseAsync(ClosingAccount account, CancellationToken cancellationToken)
    {
        var today = UkTime.DateOf(clock.GetUtcNow());
        var open = await db.CoursePlaces
            .Where(p => p.UserId == account.UserId && (p.Status == PlaceStatus.Waiting || p.Status == PlaceStatus.Offered
                || (p.Status == PlaceStatus.Enrolled && p.Cohort!.StartsOn >= today)))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var id in open) await places.LeaveAsync(id);
    }
}
