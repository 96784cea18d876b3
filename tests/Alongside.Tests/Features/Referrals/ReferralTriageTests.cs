using Alongside.Web.Features.Referrals;

namespace Alongside.Tests.Features.Referrals;

public sealed class ReferralTriageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static Referral New(ReferralStatus status) => new()
    {
        FamilyId = Guid.NewGuid(),
        OrganisationId = Guid.NewGuid(),
        ChildId = Guid.NewGuid(),
        Status = status,
        WhatIsHappening = "",
        WhatHasBeenTried = "",
        Hopes = "",
    };

    [Theory]
    [InlineData(ReferralStatus.New, ReferralStatus.Accepted, true)]
    [InlineData(ReferralStatus.New, ReferralStatus.WaitingList, true)]
    [InlineData(ReferralStatus.WaitingList, ReferralStatus.Accepted, true)]
    [InlineData(ReferralStatus.WaitingList, ReferralStatus.WaitingList, false)]
    [InlineData(ReferralStatus.Accepted, ReferralStatus.Declined, false)]
    [InlineData(ReferralStatus.Declined, ReferralStatus.Accepted, false)]
    public void Only_the_allowed_moves_are_made(ReferralStatus from, ReferralStatus to, bool allowed)
    {
        var referral = New(from);
        var problem = ReferralTriage.Decide(referral, to, "reason", Guid.NewGuid(), Now);
        Assert.Equal(allowed, problem is null);
        Assert.Equal(allowed ? to : from, referral.Status);
    }

    [Fact]
    public void Declining_needs_a_reason_and_changes_nothing_without_one()
    {
        var referral = New(ReferralStatus.New);
        Assert.Equal("Enter the reason. The family and the referrer will see it.", ReferralTriage.Decide(referral, ReferralStatus.Declined, "  ", Guid.NewGuid(), Now));
        Assert.Equal(ReferralStatus.New, referral.Status);
        Assert.Null(referral.DecidedAt);
    }

    [Fact]
    public void Leaving_the_waiting_list_records_when_and_acceptance_opens_the_record()
    {
        var referral = New(ReferralStatus.WaitingList);
        var by = Guid.NewGuid();
        Assert.Null(ReferralTriage.Decide(referral, ReferralStatus.Accepted, null, by, Now));
        Assert.Equal(Now, referral.LeftWaitingListAt);
        Assert.Equal((Now, by), (referral.DecidedAt!.Value, referral.DecidedByUserId!.Value));
        Assert.True(ReferralTriage.OpensTheRecord(ReferralStatus.Accepted));
        Assert.False(ReferralTriage.OpensTheRecord(ReferralStatus.WaitingList));
    }
}
