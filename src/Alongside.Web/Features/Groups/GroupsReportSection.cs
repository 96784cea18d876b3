using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Features.Groups;

/// <summary>For reports: attendance at the provider's peer group meetings in the period, and how members rated them.</summary>
public sealed class GroupsReportSection(TimeProvider clock) : IReportSection
{
    public int Order => 40;

    public async Task<RawSection> CountAsync(AlongsideDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var (start, end, org) = (scope.Start, scope.End, scope.OrganisationId);
        var now = clock.GetUtcNow();
        var responses = db.GroupMeetingResponses.Where(r => r.MeetingStartsAt >= start && r.MeetingStartsAt < end && r.MeetingStartsAt < now
            && db.PeerGroups.Any(g => g.Id == r.GroupId && g.OrganisationId == org) && (r.Coming || r.Attended != null));
        if (scope.FamilyIds(db) is { } families)
        {
            // The carers of those families, worked out once: asked per response, SQLite walked the whole family list for each one.
            var carers = db.FamilyCarers.Where(c => families.Contains(c.FamilyId)).Select(c => c.UserId);
            responses = responses.Where(r => carers.Contains(r.UserId));
        }
        var counts = await responses.GroupBy(r => r.Attended)
            .Select(g => new { Attended = g.Key, Count = g.LongCount(), Rated = g.LongCount(r => r.Rating != null), RatingSum = g.Sum(r => (long?)r.Rating) ?? 0 })
            .ToListAsync(cancellationToken);
        var table = new RawTable("groups-attendance", "Places at peer group meetings in the period (a member said they were coming or was marked)", "places",
        [
            new("Came", counts.Where(c => c.Attended == true).Sum(c => c.Count)),
            new("Did not come", counts.Where(c => c.Attended == false).Sum(c => c.Count)),
            new("Not recorded by the facilitator", counts.Where(c => c.Attended == null).Sum(c => c.Count)),
        ]);
        var rated = counts.Sum(c => c.Rated);
        var figure = new RawFigure("Members’ rating of meetings: average", rated,
            rated == 0 ? null : Math.Round((decimal)counts.Sum(c => c.RatingSum) / rated, 1), "out of 5");
        return new RawSection("Peer groups", [table], [figure]);
    }
}
