namespace Alongside.Tests.Kernel.Care;

/// <summary>A plan's money worked out by hand.</summary>
public sealed class PlanSpendTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Six_sessions_for_1200_pounds_two_delivered_one_booked()
    {
        // Rate 1200 / 6 = 200; delivered 2 × 200 = 400; committed 1 × 200 = 200; remaining 1200 − 400 − 200 = 600.
        var line = PlanSpend.Line(Guid.NewGuid(), PlanItemKind.ParentingSupportSessions, FundingRoute.Asgsf, null, 6, 1200m, committedUnits: 1, deliveredUnits: 2);
        Assert.Equal(SpendUnit.Session, line.Unit);
        Assert.Equal(200m, line.Rate);
        Assert.Equal(1200m, line.Approved);
        Assert.Equal(400m, line.Delivered);
        Assert.Equal(200m, line.Committed);
        Assert.Equal(600m, line.Remaining);
        Assert.False(line.Over);
    }

    [Fact]
    public void Three_sessions_for_1000_pounds_add_up_to_exactly_1000()
    {
        // Rate 333.33; but 3 sessions cost 1000.00, not 999.99: 1 delivered = 333.33, the other 2 committed = 1000.00 − 333.33 = 666.67.
        var line = PlanSpend.Line(Guid.NewGuid(), PlanItemKind.DirectTherapy, FundingRoute.SelfFunded, null, 3, 1000m, committedUnits: 2, deliveredUnits: 1);
        Assert.Equal(333.33m, line.Rate);
        Assert.Equal(333.33m, line.Delivered);
        Assert.Equal(666.67m, line.Committed);
        Assert.Equal(0m, line.Remaining);
    }

    [Fact]
    public void Sessions_past_the_plan_show_as_over()
    {
        // 4 sessions for 400: rate 100; 5 delivered = 500; remaining −100, "over by £100.00".
        var line = PlanSpend.Line(Guid.NewGuid(), PlanItemKind.CoachingSessions, FundingRoute.Commissioned, "PO-1", 4, 400m, 0, 5);
        Assert.Equal(-100m, line.Remaining);
        Assert.True(line.Over);
        Assert.Equal("over by £100.00", PlanSpend.Remaining(line.Remaining));
        Assert.Equal("£0.00", PlanSpend.Remaining(0));
    }

    [Fact]
    public void A_course_place_and_a_whole_item_cost_their_whole_cost()
    {
        var place = PlanSpend.Line(Guid.NewGuid(), PlanItemKind.GroupCourse, FundingRoute.SelfFunded, null, null, 300m, 1, 0);
        Assert.Equal((SpendUnit.Place, 300m, 300m, 0m, 0m), (place.Unit, place.Rate, place.Committed, place.Delivered, place.Remaining));
        var assessment = PlanSpend.Line(Guid.NewGuid(), PlanItemKind.SpecialistAssessment, FundingRoute.Asgsf, null, null, 2000m, 0, 1);
        Assert.Equal((SpendUnit.Whole, 2000m, 0m, 2000m, 0m), (assessment.Unit, assessment.Rate, assessment.Committed, assessment.Delivered, assessment.Remaining));
    }

    [Theory]
    [InlineData(SessionStatus.Booked, false, true, false)]
    [InlineData(SessionStatus.Attended, false, false, true)]
    [InlineData(SessionStatus.DidNotAttend, false, false, true)]
    [InlineData(SessionStatus.CancelledByFamily, true, false, true)]
    [InlineData(SessionStatus.CancelledByFamily, false, false, false)]
    [InlineData(SessionStatus.CancelledByService, false, false, false)]
    public void Which_sessions_are_committed_and_which_delivered(SessionStatus status, bool late, bool committed, bool delivered)
    {
        Assert.Equal(committed, PlanSpend.Committed(status));
        Assert.Equal(delivered, PlanSpend.Delivered(status, late));
    }

    [Theory]
    [InlineData(PlaceStatus.Enrolled, false, 5, false, PlanSpend.PlaceState.Committed)]   // cohort ends in 5 days
    [InlineData(PlaceStatus.Offered, false, 5, false, PlanSpend.PlaceState.Committed)]
    [InlineData(PlaceStatus.Enrolled, false, -1, false, PlanSpend.PlaceState.Delivered)]  // cohort has ended
    [InlineData(PlaceStatus.Enrolled, true, 5, false, PlanSpend.PlaceState.Delivered)]    // completed early
    [InlineData(PlaceStatus.Waiting, false, 5, false, PlanSpend.PlaceState.None)]
    [InlineData(PlaceStatus.Withdrawn, false, -1, false, PlanSpend.PlaceState.None)]
    [InlineData(PlaceStatus.Lapsed, false, 5, false, PlanSpend.PlaceState.None)]
    [InlineData(PlaceStatus.Enrolled, false, -1, true, PlanSpend.PlaceState.None)]        // the cohort was cancelled
    public void Course_places(PlaceStatus status, bool completed, int endsInDays, bool cancelled, PlanSpend.PlaceState expected) =>
        Assert.Equal(expected, PlanSpend.Place(status, completed ? Now.AddDays(-1) : null, Now.AddDays(endsInDays), cancelled, Now));

    [Fact]
    public void Totals_add_up_each_funding_route()
    {
        var lines = new[]
        {
            PlanSpend.Line(Guid.NewGuid(), PlanItemKind.ParentingSupportSessions, FundingRoute.Asgsf, null, 6, 1200m, 1, 2),
            PlanSpend.Line(Guid.NewGuid(), PlanItemKind.SpecialistAssessment, FundingRoute.Asgsf, null, null, 2000m, 0, 1),
            PlanSpend.Line(Guid.NewGuid(), PlanItemKind.CoachingSessions, FundingRoute.SelfFunded, null, 4, 400m, 0, 0),
        };
        var totals = PlanSpend.Totals(lines);
        // ASGSF: approved 1200 + 2000 = 3200; committed 200; delivered 400 + 2000 = 2400; remaining 600.
        var asgsf = Assert.Single(totals, t => t.Funding == FundingRoute.Asgsf);
        Assert.Equal((3200m, 200m, 2400m, 600m), (asgsf.Approved, asgsf.Committed, asgsf.Delivered, asgsf.Remaining));
        var self = Assert.Single(totals, t => t.Funding == FundingRoute.SelfFunded);
        Assert.Equal((400m, 0m, 0m, 400m), (self.Approved, self.Committed, self.Delivered, self.Remaining));
    }
}
