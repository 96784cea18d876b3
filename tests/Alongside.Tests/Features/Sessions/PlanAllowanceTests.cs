using Alongside.Web.Features.Sessions;

namespace Alongside.Tests.Features.Sessions;

public sealed class PlanAllowanceTests
{
    [Theory]
    [InlineData(SessionStatus.Booked, false, true)]
    [InlineData(SessionStatus.Attended, false, true)]
    [InlineData(SessionStatus.DidNotAttend, false, true)]
    [InlineData(SessionStatus.CancelledByFamily, true, true)]    // late: still counts
    [InlineData(SessionStatus.CancelledByFamily, false, false)]  // in good time: given back
    [InlineData(SessionStatus.CancelledByService, false, false)] // the family is never charged
    [InlineData(SessionStatus.CancelledByService, true, false)]
    public void A_session_counts_against_the_plan_unless_cancelled_in_time_or_by_the_service(SessionStatus status, bool late, bool counts) =>
        Assert.Equal(counts, PlanAllowance.Counts(status, late));
}
