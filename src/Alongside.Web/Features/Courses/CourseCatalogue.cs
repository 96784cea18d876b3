namespace Alongside.Web.Features.Courses;

public sealed record CourseCard(Guid Id, string Title, string Organisation, string WhoFor, CourseAudience Audience, CourseFormat Format, int Weeks, decimal Cost, DateOnly? NextStart, bool SelfEnrol);

public sealed record CohortCard(Guid Id, DateOnly StartsOn, TimeOnly StartTime, TimeOnly EndTime, string? VenueName, string? VenueAddress, string? AccessInformation, int Capacity, int PlacesHeld, int Waiting, IReadOnlyList<string> Facilitators)
{
    public int PlacesLeft => Math.Max(0, Capacity - PlacesHeld);
}

/// <summary>The catalogue's reads: courses still running, and a course's cohorts yet to begin.</summary>
public static class CourseCatalogue
{
    public const int PageSize = 50;

    public static Task<List<CourseCard>> ListAsync(AlongsideDbContext db, DateOnly today, CourseAudience? audience, Guid? organisationId) =>
        db.Courses.Where(c => c.RetiredAt == null)
            .Where(c => audience == null || c.Audience == audience)
            .Where(c => organisationId == null || c.OrganisationId == organisationId)
            .OrderBy(c => c.Title).ThenBy(c => c.Id).Take(PageSize)
            .Select(c => new CourseCard(c.Id, c.Title, c.Organisation!.Name, c.WhoFor, c.Audience, c.Format, c.Weeks, c.CostPerPlace,
                db.Cohorts.Where(k => k.CourseId == c.Id && k.CancelledAt == null && k.StartsOn >= today).Min(k => (DateOnly?)k.StartsOn), c.SelfEnrol))
            .ToListAsync();

    /// <summary>Cohorts whose first meeting is still ahead, soonest first.</summary>
    public static async Task<List<CohortCard>> UpcomingAsync(AlongsideDbContext db, Guid courseId, DateTimeOffset now)
    {
        var today = UkTime.DateOf(now);
        var rows = await db.Cohorts.Where(k => k.CourseId == courseId && k.CancelledAt == null && k.StartsOn >= today)
            .OrderBy(k => k.StartsOn).Take(20)
            .Select(k => new CohortCard(k.Id, k.StartsOn, k.StartTime, k.EndTime, k.VenueName, k.VenueAddress, k.AccessInformation, k.Capacity, k.PlacesHeld,
                db.CoursePlaces.Count(p => p.CohortId == k.Id && p.Status == PlaceStatus.Waiting),
                k.Facilitators.Select(f => f.User!.DisplayName).ToList()))
            .ToListAsync();
        return rows.Where(r => CohortMeetings.StartOf(r.StartsOn, r.StartTime, 1) > now).ToList();
    }

    /// <summary>Whether the person has completed a course (the prerequisite of another).</summary>
    public static Task<bool> CompletedAsync(AlongsideDbContext db, Guid userId, Guid courseId) =>
        db.CoursePlaces.AnyAsync(p => p.UserId == userId && p.CompletedAt != null && p.Cohort!.CourseId == courseId);
}
