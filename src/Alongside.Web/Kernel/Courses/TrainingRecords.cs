namespace Alongside.Web.Kernel.Courses;

/// <summary>
/// One person's place on a training course (for peer supporters or their supervisors), as a
/// training record: where it stands, weeks attended, and when it lapses.
/// </summary>
public sealed record TrainingRecord(
    Guid PlaceId,
    Guid UserId,
    string Course,
    CourseAudience Audience,
    string Organisation,
    DateOnly StartsOn,
    int Weeks,
    int WeeksAttended,
    DateTimeOffset? CompletedAt,
    int? RenewalMonths)
{
    /// <summary>The date of the last weekly meeting.</summary>
    public DateOnly EndsOn => CohortMeetings.DateOf(StartsOn, Weeks);

    public DateOnly? CompletedOn => CompletedAt is { } at ? UkTime.DateOf(at) : null;

    public DateOnly? RenewalDue => CompletedAt is { } at ? PlaceRules.RenewalDue(at, RenewalMonths) : null;

    /// <summary>Completed, and not past its renewal date.</summary>
    public bool IsCurrent(DateOnly today) => CompletedAt is { } at && PlaceRules.Current(at, RenewalMonths, today);
}

/// <summary>
/// Training records are completed (or running) places on courses for peer supporters and
/// supervisors. Read here so that the training pages, the admin's invitation list and a
/// supervisor's list of supporters all say the same thing about the same person.
/// </summary>
public static class TrainingRecords
{
    /// <summary>
    /// The training places of these people, newest cohort first: places taken up (enrolled) or
    /// completed. Waiting and offered places are not records yet; a cancelled cohort never ran.
    /// </summary>
    public static async Task<List<TrainingRecord>> ForAsync(AlongsideDbContext db, IReadOnlyCollection<Guid> userIds, CourseAudience? audience = null)
    {
        if (userIds.Count == 0) return [];
        var ids = userIds.Distinct().ToList();
        var query = db.CoursePlaces.Where(p => ids.Contains(p.UserId)
            && (p.Status == PlaceStatus.Enrolled || p.CompletedAt != null)
            && (p.CompletedAt != null || p.Cohort!.CancelledAt == null)
            && (p.Cohort!.Course!.Audience == CourseAudience.PeerSupporterTraining || p.Cohort.Course.Audience == CourseAudience.SupervisorTraining));
        if (audience is { } only) query = query.Where(p => p.Cohort!.Course!.Audience == only);
        var rows = await query
            .Select(p => new TrainingRecord(p.Id, p.UserId, p.Cohort!.Course!.Title, p.Cohort.Course.Audience, p.Cohort.Course.Organisation!.Name,
                p.Cohort.StartsOn, p.Cohort.Course.Weeks, p.Attendance.Count(a => a.Attended), p.CompletedAt, p.Cohort.Course.RenewalMonths))
            .ToListAsync();
        return rows.OrderByDescending(r => r.StartsOn).ThenBy(r => r.Course, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The record that best answers "is this person trained?": the latest current completion;
    /// failing that the latest completion, lapsed; null when nothing of this audience was completed.
    /// </summary>
    public static TrainingRecord? Best(IEnumerable<TrainingRecord> records, CourseAudience audience, DateOnly today)
    {
        var completed = records.Where(r => r.Audience == audience && r.CompletedAt is not null)
            .OrderByDescending(r => r.CompletedAt).ToList();
        return completed.FirstOrDefault(r => r.IsCurrent(today)) ?? completed.FirstOrDefault();
    }

    /// <summary>One line for a list: current with its renewal date, lapsed, or none on Alongside.</summary>
    public static string Describe(TrainingRecord? best, DateOnly today, string none) => best switch
    {
        null => none,
        { RenewalDue: null } when best.IsCurrent(today) => $"{best.Course}, completed {Day(best.CompletedOn!.Value)}; no renewal needed",
        _ when best.IsCurrent(today) => $"{best.Course}, completed {Day(best.CompletedOn!.Value)}; renewal due {Day(best.RenewalDue!.Value)}",
        _ => $"{best.Course}, completed {Day(best.CompletedOn!.Value)}; lapsed on {Day(best.RenewalDue!.Value)}",
    };

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
