using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Features.Reports;

/// <summary>Places taken on the provider's parenting courses whose cohorts began in the period, and how many completed.</summary>
public sealed class CoursesSection(TimeProvider clock) : IReportSection
{
    public int Order => 30;

    public async Task<RawSection> CountAsync(AlongsideDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var (from, to, org) = (scope.From, scope.To, scope.OrganisationId);
        var places = db.CoursePlaces.Where(p => p.Status == PlaceStatus.Enrolled);
        if (scope.FamilyIds(db) is { } families) places = places.Where(p => p.FamilyId != null && families.Contains(p.FamilyId.Value));
        var counts = await places
            .Join(db.Cohorts.Where(c => c.OrganisationId == org && c.CancelledAt == null && c.StartsOn >= from && c.StartsOn <= to),
                p => p.CohortId, c => c.Id, (p, c) => new { p.CompletedAt, c.StartsOn, c.CourseId })
            .Join(db.Courses.Where(c => c.Audience == CourseAudience.ParentsAndCarers), x => x.CourseId, c => c.Id,
                (x, c) => new { Completed = x.CompletedAt != null, x.StartsOn, c.Weeks })
            .GroupBy(x => new { x.Completed, x.StartsOn, x.Weeks })
            .Select(g => new { g.Key.Completed, g.Key.StartsOn, g.Key.Weeks, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var today = clock.UkToday();
        bool Ended(DateOnly startsOn, int weeks) => CohortMeetings.DateOf(startsOn, weeks) < today;
        var table = new RawTable("courses-completion", "Places on parenting courses that began in the period", "places",
        [
            new("Completed", counts.Where(c => c.Completed).Sum(c => c.Count)),
            new("Did not complete", counts.Where(c => !c.Completed && Ended(c.StartsOn, c.Weeks)).Sum(c => c.Count)),
            new("Course still running", counts.Where(c => !c.Completed && !Ended(c.StartsOn, c.Weeks)).Sum(c => c.Count)),
        ]);
        RawRate[] rates = [new("Completed, of places on courses that have ended", table.Id, "Completed", ["Completed", "Did not complete"])];
        return new RawSection("Courses", [table], [], rates);
    }
}
