using Alongside.Web.Features.Sessions;

namespace Alongside.Tests.Features.Sessions;

public sealed class EarlierTimeRulesTests
{
    private static readonly DateTimeOffset Slot = new(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);

    private static EarlierTimeRules.Candidate Waiting(int id, int beatHoursAfterSlot, int joinedMinutesAgo) =>
        new(new Guid(id, 0, 0, new byte[8]), Slot.AddHours(beatHoursAfterSlot), Slot.AddDays(-3).AddMinutes(-joinedMinutesAgo));

    [Fact]
    public void The_first_joined_among_those_the_slot_helps_is_offered_first()
    {
        var earliestJoinedButNotHelped = Waiting(1, beatHoursAfterSlot: -2, joinedMinutesAgo: 500);
        var laterJoined = Waiting(2, beatHoursAfterSlot: 48, joinedMinutesAgo: 10);
        var firstJoined = Waiting(3, beatHoursAfterSlot: 5, joinedMinutesAgo: 300);
        var order = EarlierTimeRules.InOrder([earliestJoinedButNotHelped, laterJoined, firstJoined], Slot).ToList();
        Assert.Equal([firstJoined, laterJoined], order);
        Assert.Equal(firstJoined, EarlierTimeRules.First([laterJoined, firstJoined, earliestJoinedButNotHelped], Slot));
    }

    [Fact]
    public void A_slot_at_the_very_time_to_beat_helps_no_one_and_ties_go_by_id()
    {
        Assert.Null(EarlierTimeRules.First([Waiting(1, beatHoursAfterSlot: 0, joinedMinutesAgo: 5)], Slot));
        Assert.Null(EarlierTimeRules.First([], Slot));
        var a = Waiting(7, 3, 60);
        var b = Waiting(4, 3, 60);
        Assert.Equal(b, EarlierTimeRules.First([a, b], Slot));
    }
}
