namespace Alongside.Tests.Kernel.Care;

/// <summary>A child's plans, versions, sessions and places, counted by hand.</summary>
public sealed class ChildSpendingTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);

    private static ChildSpending.SessionUse Session(Guid item, SessionStatus status, string date, bool late = false) =>
        new(item, status, late, DateTimeOffset.Parse(date + "T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_new_version_counts_the_sessions_booked_under_the_one_it_replaced_at_its_own_rate()
    {
        var (v1, v2) = (Guid.NewGuid(), Guid.NewGuid());
        var (old, current, assessment) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var spending = new ChildSpending(
            [new(v1, null, PlanStatus.Superseded, new(2026, 4, 10)), new(v2, v1, PlanStatus.Agreed, new(2026, 5, 1))],
            [
                new(old, v1, PlanItemKind.ParentingSupportSessions, 6, FundingRoute.Asgsf, 1200m, null, null),
                new(current, v2, PlanItemKind.ParentingSupportSessions, 8, FundingRoute.Asgsf, 1600m, null, null),
                new(assessment, v2, PlanItemKind.SpecialistAssessment, null, FundingRoute.Asgsf, 2000m, null, new(2026, 5, 20)),
            ],
            [
                Session(old, SessionStatus.Attended, "2026-04-20"),
                Session(old, SessionStatus.DidNotAttend, "2026-04-27"),
                Session(current, SessionStatus.CancelledByFamily, "2026-05-04", late: true),
                Session(current, SessionStatus.CancelledByFamily, "2026-05-11"),
                Session(current, SessionStatus.CancelledByService, "2026-05-18"),
                Session(current, SessionStatus.Booked, "2026-06-20"),
            ],
            []);

        var lines = spending.Lines(v2, Now);
        // v2 sessions: rate 1600 / 8 = 200; delivered 3 (attended, DNA, late) = 600; committed 1 = 200; remaining 800.
        var sessions = Assert.Single(lines, l => l.ItemId == current);
        Assert.Equal((200m, 3, 600m, 1, 200m, 800m), (sessions.Rate, sessions.DeliveredUnits, sessions.Delivered, sessions.CommittedUnits, sessions.Committed, sessions.Remaining));
        var whole = Assert.Single(lines, l => l.ItemId == assessment);
        Assert.Equal((2000m, 0m), (whole.Delivered, whole.Remaining));

        // The old version alone: its own two sessions at 200 each.
        Assert.Equal(400m, Assert.Single(spending.Lines(v1, Now)).Delivered);

        // ASGSF 2026–27: therapy delivered 600 (the plan in force, its lineage, its rate), assessment 2000; planned from v2 only.
        var year = spending.Asgsf(2026, Now);
        Assert.Equal(new AsgsfUse(600m, 2000m), year.Delivered);
        Assert.Equal(new AsgsfUse(1600m, 2000m), year.Planned);
        Assert.Equal(new AsgsfUse(0m, 0m), spending.Asgsf(2025, Now).Delivered);
    }

    [Fact]
    public void ASGSF_delivery_falls_in_the_year_of_the_session_the_record_and_the_cohort_end()
    {
        var plan = Guid.NewGuid();
        var (sessions, course, assessment) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var spending = new ChildSpending(
            [new(plan, null, PlanStatus.Ended, new(2026, 1, 5))],
            [
                new(sessions, plan, PlanItemKind.DirectTherapy, 4, FundingRoute.Asgsf, 400m, null, null),
                new(course, plan, PlanItemKind.GroupCourse, null, FundingRoute.Asgsf, 300m, null, null),
                new(assessment, plan, PlanItemKind.SpecialistAssessment, null, FundingRoute.Asgsf, 900m, null, new(2026, 3, 31)),
            ],
            [Session(sessions, SessionStatus.Attended, "2026-03-30"), Session(sessions, SessionStatus.Attended, "2026-04-01")],
            [new(course, PlaceStatus.Enrolled, null, new DateTimeOffset(2026, 4, 2, 20, 0, 0, TimeSpan.Zero), false)]);

        // 2025–26: one session (100) and the assessment (31 March); 2026–27: one session and the course (ended 2 April) = 100 + 300.
        Assert.Equal(new AsgsfUse(100m, 900m), spending.Asgsf(2025, Now).Delivered);
        Assert.Equal(new AsgsfUse(400m, 0m), spending.Asgsf(2026, Now).Delivered);
        Assert.Equal(new AsgsfUse(700m, 900m), spending.Asgsf(2025, Now).Planned);
    }
}
