namespace Alongside.Web.Kernel.Courses;

/// <summary>When a cohort's weeks meet: weekly from its start date, at the same UK clock time.</summary>
public static class CohortMeetings
{
    public static DateOnly DateOf(DateOnly startsOn, int week) => startsOn.AddDays(7 * (week - 1));

    /// <summary>The instant a week's meeting starts; a time the clocks skip moves on an hour.</summary>
    public static DateTimeOffset StartOf(DateOnly startsOn, TimeOnly start, int week) =>
        UkTime.ToInstant(DateOf(startsOn, week), start) ?? UkTime.ToInstant(DateOf(startsOn, week), start.AddHours(1))!.Value;

    public static DateTimeOffset EndOf(DateOnly startsOn, TimeOnly start, TimeOnly end, int week) =>
        StartOf(startsOn, start, week) + (end - start);

    public static DateTimeOffset FirstStart(this Cohort c) => StartOf(c.StartsOn, c.StartTime, 1);

    public static DateTimeOffset LastEnd(this Cohort c, int weeks) => EndOf(c.StartsOn, c.StartTime, c.EndTime, weeks);

    /// <summary>The weeks whose meeting has started by a moment: the register may be taken for these.</summary>
    public static int WeeksStarted(DateOnly startsOn, TimeOnly start, int weeks, DateTimeOffset now) =>
        Enumerable.Range(1, weeks).Count(w => StartOf(startsOn, start, w) <= now);
}

/// <summary>The rules of the waiting list and completion, kept apart from the database so each can be tested alone.</summary>
public static class PlaceRules
{
    /// <summary>
    /// An offer lasts the course's hours, but never past the first meeting: a place offered after
    /// the course has begun would be a place in a course already under way.
    /// </summary>
    public static DateTimeOffset OfferExpires(DateTimeOffset now, int offerHours, DateTimeOffset firstMeeting)
    {
        var full = now.AddHours(offerHours);
        return full < firstMeeting ? full : firstMeeting;
    }

    /// <summary>Places are offered from the list only while the first meeting is still ahead.</summary>
    public static bool StillOffering(DateTimeOffset now, DateTimeOffset firstMeeting) => now < firstMeeting;

    public static bool Completed(int weeksAttended, int minimum) => minimum > 0 && weeksAttended >= minimum;

    /// <summary>Training that must be renewed is current until its renewal date; other training for good.</summary>
    public static DateOnly? RenewalDue(DateTimeOffset completedAt, int? renewalMonths) =>
        renewalMonths is > 0 ? UkTime.DateOf(completedAt).AddMonths(renewalMonths.Value) : null;

    public static bool Current(DateTimeOffset completedAt, int? renewalMonths, DateOnly today) =>
        RenewalDue(completedAt, renewalMonths) is not { } due || today < due;
}
