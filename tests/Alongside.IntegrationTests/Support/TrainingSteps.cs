namespace Alongside.IntegrationTests.Support;

/// <summary>Training records arranged straight in the database: a course, a cohort and a person's place on it.</summary>
public static class TrainingSteps
{
    /// <summary>
    /// A place on a new 8-week course of a new training body, started <paramref name="startedDaysAgo"/>
    /// days ago, with <paramref name="attended"/> weeks attended and completed when <paramref name="completedAt"/> is given.
    /// </summary>
    public static async Task<(Organisation Body, string Course)> TrainingPlaceAsync(this AlongsideApp app, Guid userId, CourseAudience audience,
        DateTimeOffset? completedAt, int? renewalMonths = 12, int attended = 8, int startedDaysAgo = 120,
        PlaceStatus status = PlaceStatus.Enrolled, string? title = null)
    {
        var body = await app.CreateOrganisationAsync(OrganisationKind.TrainingBody);
        var course = new Course
        {
            OrganisationId = body.Id,
            Title = title ?? $"Course {Guid.NewGuid():N}"[..15],
            Summary = "Training",
            WhoFor = "Peer supporters",
            Audience = audience,
            Format = CourseFormat.Online,
            Weeks = 8,
            CompletionMinimum = 6,
            RenewalMonths = renewalMonths,
            CreatedAt = app.Now,
        };
        var cohort = new Cohort
        {
            CourseId = course.Id,
            OrganisationId = body.Id,
            StartsOn = DateOnly.FromDateTime(app.Now.UtcDateTime).AddDays(-startedDaysAgo),
            StartTime = new TimeOnly(10, 0),
            EndTime = new TimeOnly(12, 0),
            Capacity = 12,
            PlacesHeld = 1,
            CreatedAt = app.Now,
        };
        var place = new CoursePlace
        {
            CohortId = cohort.Id,
            UserId = userId,
            Status = status,
            JoinedAt = app.Now.AddDays(-startedDaysAgo - 14),
            EnrolledAt = status == PlaceStatus.Enrolled ? app.Now.AddDays(-startedDaysAgo - 14) : null,
            CompletedAt = completedAt,
            AddedByUserId = userId,
        };
        for (var week = 1; week <= 8; week++)
        {
            place.Attendance.Add(new CourseAttendance { Week = week, Attended = week <= attended, RecordedByUserId = userId, RecordedAt = app.Now });
        }
        await app.WithDbAsync(async db =>
        {
            db.Courses.Add(course);
            db.Cohorts.Add(cohort);
            db.CoursePlaces.Add(place);
            return await db.SaveChangesAsync();
        });
        return (body, course.Title);
    }
}
