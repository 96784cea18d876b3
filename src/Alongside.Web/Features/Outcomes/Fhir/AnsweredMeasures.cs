namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>One completed measure with its answers and the name of the person who answered.</summary>
public sealed record AnsweredMeasure(
    Guid Id, Guid FamilyId, string InstrumentId, int InstrumentVersion, Guid AuthorId, string AuthorName,
    DateTimeOffset AnsweredAt, decimal Total, string? Band, IReadOnlyList<MeasureAnswer> Answers);

/// <summary>
/// The completed measures a person may read: those of a family they care for, or, for a family
/// worker, of a family whose care team they are on. Decided inside each query, so a record
/// outside that is not found, exactly as one that does not exist.
/// </summary>
internal static class AnsweredMeasures
{
    /// <summary>Whether the person may read this family's measures, and if so whether as one of its carers; null when not.</summary>
    public static async Task<bool?> FamilyAccessAsync(AlongsideDbContext db, Guid familyId, Guid me, bool familyWorker, CancellationToken cancellationToken) =>
        await db.Families
            .Where(f => f.Id == familyId && (db.FamilyCarers.Any(c => c.FamilyId == f.Id && c.UserId == me)
                || (familyWorker && db.CareTeamMembers.Any(c => c.FamilyId == f.Id && c.UserId == me))))
            .Select(f => (bool?)db.FamilyCarers.Any(c => c.FamilyId == f.Id && c.UserId == me))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Every completed measure the person may read.</summary>
    public static IQueryable<MeasureResponse> Readable(AlongsideDbContext db, Guid me, bool familyWorker) =>
        db.MeasureResponses.Where(r => db.FamilyIdsCaredForBy(me).Contains(r.FamilyId)
            || (familyWorker && db.CareTeamMembers.Any(c => c.FamilyId == r.FamilyId && c.UserId == me)));

    /// <summary>One family's measures in the order answered; the caller has checked access with <see cref="FamilyAccessAsync"/>.</summary>
    public static IQueryable<MeasureResponse> OfFamily(AlongsideDbContext db, Guid familyId) =>
        db.MeasureResponses.Where(r => r.FamilyId == familyId).OrderBy(r => r.AnsweredAt).ThenBy(r => r.Id);

    /// <summary>Loads the measures with their answers and who answered, in one query.</summary>
    public static async Task<List<AnsweredMeasure>> LoadAsync(AlongsideDbContext db, IQueryable<MeasureResponse> responses, CancellationToken cancellationToken)
    {
        var rows = await responses.AsNoTracking()
            .Select(r => new
            {
                r.Id,
                r.FamilyId,
                r.InstrumentId,
                r.InstrumentVersion,
                r.AnsweredByUserId,
                Author = db.Users.Where(u => u.Id == r.AnsweredByUserId).Select(u => u.DisplayName).First(),
                r.AnsweredAt,
                r.Total,
                r.Band,
                Answers = r.Answers.OrderBy(a => a.Item).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new AnsweredMeasure(r.Id, r.FamilyId, r.InstrumentId, r.InstrumentVersion, r.AnsweredByUserId, r.Author,
            r.AnsweredAt, r.Total, r.Band, r.Answers)).ToList();
    }
}
