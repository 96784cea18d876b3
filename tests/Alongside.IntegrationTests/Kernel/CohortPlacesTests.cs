using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alongside.IntegrationTests.Kernel;

/// <summary>
/// The waiting list under load and over time: places never exceed capacity, freed places go to the
/// longest waiting, offers are taken or lapse but never both, and nobody is skipped or offered twice.
/// </summary>
public abstract class CohortPlacesTests<TApp>(TApp app, FakeTimeProvider clock) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private void Tick() => clock.Advance(TimeSpan.FromMinutes(1));

    /// <summary>People join one after another, a minute apart, so the queue order is plain.</summary>
    private async Task<Dictionary<Learner, JoinOutcome>> JoinInTurnAsync(TestCohort cohort, params Learner[] people)
    {
        var outcomes = new Dictionary<Learner, JoinOutcome>();
        foreach (var person in people)
        {
            outcomes[person] = await app.JoinAsync(cohort, person);
            Tick();
        }
        return outcomes;
    }

    private async Task<Guid> PlaceIdAsync(TestCohort cohort, Learner who) => (await app.PlaceAsync(cohort, who)).Id;

    [Theory]
    [InlineData(1, 12)]
    [InlineData(3, 20)]
    public async Task People_joining_at_once_fill_exactly_the_capacity_and_the_rest_wait(int capacity, int people)
    {
        var cohort = await app.CohortAsync(capacity);
        var learners = await app.LearnersAsync(people);

        var outcomes = await Task.WhenAll(learners.Select(l => Task.Run(() => app.JoinAsync(cohort, l))));

        Assert.Equal(capacity, outcomes.Count(o => o == JoinOutcome.Enrolled));
        Assert.Equal(people - capacity, outcomes.Count(o => o == JoinOutcome.Waiting));
        var places = await app.PlacesAsync(cohort);
        Assert.Equal(people, places.Count);
        Assert.Equal(capacity, places.Count(p => p.Status == PlaceStatus.Enrolled));
        Assert.Equal(people - capacity, places.Count(p => p.Status == PlaceStatus.Waiting));
        Assert.Equal(capacity, await app.HeldAsync(cohort));
        // Each answer matches the row, and each person was told the one thing that happened.
        for (var i = 0; i < people; i++)
        {
            var status = places.Single(p => p.UserId == learners[i].Id).Status;
            Assert.Equal(outcomes[i] == JoinOutcome.Enrolled ? PlaceStatus.Enrolled : PlaceStatus.Waiting, status);
            Assert.Equal([status == PlaceStatus.Enrolled ? $"Your place on {cohort.Title}" : $"You are on the waiting list for {cohort.Title}"], await app.MailAsync(learners[i]));
        }
    }

    [Fact]
    public async Task When_the_enrolled_person_leaves_the_longest_waiting_is_offered_the_place_and_emailed()
    {
        var cohort = await app.CohortAsync(capacity: 1, offerHours: 48);
        var (a, b, c, d) = await FourAsync();
        await JoinInTurnAsync(cohort, a, b, c, d);
        var now = app.Now;

        Assert.True(await app.LeaveAsync(await PlaceIdAsync(cohort, a), onlyFor: a));

        var offered = await app.PlaceAsync(cohort, b);
        Assert.Equal(PlaceStatus.Offered, offered.Status);
        Assert.Equal(now, offered.OfferedAt);
        Assert.Equal(now.AddHours(48), offered.OfferExpiresAt);
        Assert.Equal(cohort.Offer, (await app.MailAsync(b)).Last());
        Assert.Equal((PlaceStatus.Waiting, PlaceStatus.Waiting), ((await app.PlaceAsync(cohort, c)).Status, (await app.PlaceAsync(cohort, d)).Status));
        Assert.DoesNotContain(cohort.Offer, await app.MailAsync(c));
        Assert.DoesNotContain(cohort.Offer, await app.MailAsync(d));
        var left = await app.PlaceAsync(cohort, a);
        Assert.Equal((PlaceStatus.Withdrawn, now), (left.Status, left.EndedAt));
        Assert.Equal(1, await app.HeldAsync(cohort));
    }

    [Fact]
    public async Task An_offer_made_close_to_the_start_runs_out_at_the_first_meeting()
    {
        // Tomorrow's meeting is always less than 48 hours away.
        var cohort = await app.CohortAsync(capacity: 1, startsInDays: 1, offerHours: 48);
        var (a, b, _, _) = await FourAsync();
        await JoinInTurnAsync(cohort, a, b);

        Assert.True(await app.LeaveAsync(await PlaceIdAsync(cohort, a), onlyFor: a));

        var offered = await app.PlaceAsync(cohort, b);
        Assert.Equal(PlaceStatus.Offered, offered.Status);
        Assert.Equal(cohort.FirstMeeting, offered.OfferExpiresAt);
    }

    [Fact]
    public async Task Only_the_person_offered_can_take_the_place_even_when_others_try_at_the_same_moment()
    {
        for (var round = 0; round < 5; round++)
        {
            var cohort = await app.CohortAsync(capacity: 1);
            var (a, b, c, d) = await FourAsync();
            await JoinInTurnAsync(cohort, a, b, c);
            Assert.True(await app.LeaveAsync(await PlaceIdAsync(cohort, a), onlyFor: a));
            var (offeredB, waitingC) = (await PlaceIdAsync(cohort, b), await PlaceIdAsync(cohort, c));

            var accepts = Task.WhenAll(
                Task.Run(() => app.AcceptAsync(offeredB, b)),
                Task.Run(() => app.AcceptAsync(waitingC, c)),
                Task.Run(() => app.AcceptAsync(offeredB, c)));
            var join = Task.Run(() => app.JoinAsync(cohort, d));

            Assert.Equal([AcceptOutcome.Enrolled, AcceptOutcome.NotOffered, AcceptOutcome.NotOffered], await accepts);
            Assert.Equal(JoinOutcome.Waiting, await join);
            var places = await app.PlacesAsync(cohort);
            Assert.Equal([b.Id], places.Where(p => p.Status == PlaceStatus.Enrolled).Select(p => p.UserId));
            Assert.Equal([c.Id, d.Id], places.Where(p => p.Status == PlaceStatus.Waiting).OrderBy(p => p.JoinedAt).Select(p => p.UserId));
            Assert.Equal(1, await app.HeldAsync(cohort));
        }
    }

    [Fact]
    public async Task An_offer_not_taken_in_time_lapses_passes_on_and_can_no_longer_be_taken()
    {
        var cohort = await app.CohortAsync(capacity: 1, offerHours: 48);
        var (a, b, c, d) = await FourAsync();
        await JoinInTurnAsync(cohort, a, b, c, d);
        Assert.True(await app.LeaveAsync(await PlaceIdAsync(cohort, a), onlyFor: a));
        var placeB = await PlaceIdAsync(cohort, b);

        clock.Advance(TimeSpan.FromHours(47));
        await app.SweepAsync();
        Assert.Equal(PlaceStatus.Offered, (await app.PlaceAsync(cohort, b)).Status);

        clock.Advance(TimeSpan.FromMinutes(61));
        await app.SweepAsync();
        var lapsed = await app.PlaceAsync(cohort, b);
        Assert.Equal((PlaceStatus.Lapsed, app.Now), (lapsed.Status, lapsed.EndedAt));
        var next = await app.PlaceAsync(cohort, c);
        Assert.Equal((PlaceStatus.Offered, app.Now.AddHours(48)), (next.Status, next.OfferExpiresAt));
        Assert.Equal(cohort.Lapsed, (await app.MailAsync(b)).Last());
        Assert.Equal(cohort.Offer, (await app.MailAsync(c)).Last());
        Assert.Equal(1, await app.HeldAsync(cohort));

        // Too late: nothing moves and nobody is emailed.
        var mailBefore = await app.MailCountAsync();
        Assert.Equal(AcceptOutcome.Expired, await app.AcceptAsync(placeB, b));
        Assert.Equal(PlaceStatus.Lapsed, (await app.PlaceAsync(cohort, b)).Status);
        Assert.Equal(PlaceStatus.Offered, (await app.PlaceAsync(cohort, c)).Status);
        Assert.Equal(PlaceStatus.Waiting, (await app.PlaceAsync(cohort, d)).Status);
        Assert.Equal(mailBefore, await app.MailCountAsync());

        // An accept after the offer ran out, before the sweep, lapses it there and then.
        clock.Advance(TimeSpan.FromHours(48));
        Assert.Equal(AcceptOutcome.Expired, await app.AcceptAsync(await PlaceIdAsync(cohort, c), c));
        Assert.Equal(PlaceStatus.Lapsed, (await app.PlaceAsync(cohort, c)).Status);
        Assert.Equal(PlaceStatus.Offered, (await app.PlaceAsync(cohort, d)).Status);
        Assert.Equal(cohort.Lapsed, (await app.MailAsync(c)).Last());
        Assert.Equal(cohort.Offer, (await app.MailAsync(d)).Last());
        await app.SweepAsync();
        Assert.Equal(PlaceStatus.Offered, (await app.PlaceAsync(cohort, d)).Status);
        Assert.Equal(1, await app.HeldAsync(cohort));
    }

    [Fact]
    public async Task An_accept_racing_the_sweep_either_takes_the_place_or_finds_it_passed_on_never_both()
    {
        var (taken, passedOn) = (0, 0);
        for (var round = 0; round < 10; round++)
        {
            var cohort = await app.CohortAsync(capacity: 1);
            var (a, b, c, _) = await FourAsync();
            await JoinInTurnAsync(cohort, a, b, c);
            Assert.True(await app.LeaveAsync(await PlaceIdAsync(cohort, a), onlyFor: a));
            var offer = await app.PlaceAsync(cohort, b);
            var expires = offer.OfferExpiresAt!.Value;

            // The accept is a moment inside the offer, the sweep the moment it runs out: both may win alone.
            var accept = Task.Run(() => WithClockAsync(expires.AddMilliseconds(-1), places => places.AcceptAsync(offer.Id, b.Id)));
            var sweep = Task.Run(() => WithClockAsync(expires, places => places.PassOnExpiredAsync()));
            var answer = await accept;
            await sweep;

            var (placeB, placeC) = (await app.PlaceAsync(cohort, b), await app.PlaceAsync(cohort, c));
            if (answer == AcceptOutcome.Enrolled)
            {
                taken++;
                Assert.Equal((PlaceStatus.Enrolled, PlaceStatus.Waiting), (placeB.Status, placeC.Status));
                Assert.DoesNotContain(cohort.Lapsed, await app.MailAsync(b));
                Assert.DoesNotContain(cohort.Offer, await app.MailAsync(c));
            }
            else
            {
                passedOn++;
                Assert.Equal(AcceptOutcome.Expired, answer);
                Assert.Equal((PlaceStatus.Lapsed, PlaceStatus.Offered), (placeB.Status, placeC.Status));
                Assert.Single(await app.MailAsync(b), s => s == cohort.Lapsed);
                Assert.Single(await app.MailAsync(c), s => s == cohort.Offer);
            }
            Assert.Equal(1, await app.HeldAsync(cohort));
        }
        Assert.Equal(10, taken + passedOn);
    }

    [Fact]
    public async Task Places_go_in_join_order_nobody_is_skipped_or_offered_twice_and_a_rejoin_goes_to_the_back()
    {
        var cohort = await app.CohortAsync(capacity: 2, startsInDays: 30, offerHours: 24);
        var people = await app.LearnersAsync(8);
        var (a1, a2, w1, w2, w3, w4, w5, w6) = (people[0], people[1], people[2], people[3], people[4], people[5], people[6], people[7]);
        async Task LapseAsync()
        {
            clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
            await app.SweepAsync();
            Tick();
        }
        async Task LeaveAsync(Learner who)
        {
            Assert.True(await app.LeaveAsync(await PlaceIdAsync(cohort, who), onlyFor: who));
            Tick();
        }
        async Task AcceptAsync(Learner who)
        {
            Assert.Equal(AcceptOutcome.Enrolled, await app.AcceptAsync(await PlaceIdAsync(cohort, who), who));
            Tick();
        }

        await JoinInTurnAsync(cohort, a1, a2, w1, w2, w3, w4, w5, w6);
        await LeaveAsync(w2); // leaves the list while waiting...
        Assert.Equal(JoinOutcome.Waiting, (await JoinInTurnAsync(cohort, w2))[w2]); // ...and comes back behind w6
        Assert.Equal(2, await app.HeldAsync(cohort));

        await LeaveAsync(a1); // w1 offered
        await LeaveAsync(w1); // turns it down: w3 offered
        await LapseAsync(); // w3 lapses: w4 offered
        await AcceptAsync(w4);
        await LeaveAsync(a2); // w5 offered
        await LapseAsync(); // w6 offered
        await LapseAsync(); // w2 offered
        await AcceptAsync(w2);
        Assert.Equal(JoinOutcome.Waiting, (await JoinInTurnAsync(cohort, w1))[w1]);
        Assert.Equal(JoinOutcome.Waiting, (await JoinInTurnAsync(cohort, w3))[w3]);
        await LeaveAsync(w4); // w1, back on the list first, is offered

        var offers = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject == cohort.Offer).Select(m => new { m.ToAddress, m.CreatedAt, m.Id }).ToListAsync());
        Assert.Equal([w1.Email, w3.Email, w4.Email, w5.Email, w6.Email, w2.Email, w1.Email],
            offers.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Select(m => m.ToAddress));
        var status = (await app.PlacesAsync(cohort)).ToDictionary(p => p.UserId, p => p.Status);
        Assert.Equal(
            [PlaceStatus.Withdrawn, PlaceStatus.Withdrawn, PlaceStatus.Offered, PlaceStatus.Enrolled, PlaceStatus.Waiting, PlaceStatus.Withdrawn, PlaceStatus.Lapsed, PlaceStatus.Lapsed],
            people.Select(p => status[p.Id]));
        Assert.Equal(2, await app.HeldAsync(cohort));
    }

    [Fact]
    public async Task Leaving_returns_a_place_nobody_waits_for_and_nobody_can_leave_for_someone_else()
    {
        var cohort = await app.CohortAsync(capacity: 2);
        var (a, b, c, d) = await FourAsync();
        await JoinInTurnAsync(cohort, a, b);
        Assert.Equal(2, await app.HeldAsync(cohort));
        var (placeA, placeB) = (await PlaceIdAsync(cohort, a), await PlaceIdAsync(cohort, b));

        Assert.True(await app.LeaveAsync(placeA, onlyFor: a));
        Assert.Equal(1, await app.HeldAsync(cohort));
        Assert.False(await app.LeaveAsync(placeA, onlyFor: a)); // already gone
        Assert.False(await app.LeaveAsync(placeB, onlyFor: a)); // not theirs
        Assert.False(await app.LeaveAsync(Guid.NewGuid(), onlyFor: null));
        Assert.Equal(PlaceStatus.Enrolled, (await app.PlaceAsync(cohort, b)).Status);
        Assert.Equal(1, await app.HeldAsync(cohort));

        Assert.Equal(JoinOutcome.AlreadyOnIt, await app.JoinAsync(cohort, b));
        Assert.Equal(JoinOutcome.Enrolled, await app.JoinAsync(cohort, c));
        Assert.Equal(JoinOutcome.Waiting, await app.JoinAsync(cohort, d));
        Assert.Equal(JoinOutcome.AlreadyOnIt, await app.JoinAsync(cohort, d));
        Assert.Equal(2, await app.HeldAsync(cohort));
        Assert.Equal(2, (await app.PlacesAsync(cohort)).Count(p => p.Status == PlaceStatus.Enrolled));

        // Staff (no onlyFor) can end someone's place: the place goes to the one waiting.
        Assert.True(await app.LeaveAsync(placeB, onlyFor: null));
        Assert.Equal(PlaceStatus.Offered, (await app.PlaceAsync(cohort, d)).Status);
        Assert.Equal(2, await app.HeldAsync(cohort));
    }

    [Fact]
    public async Task A_cancelled_or_started_cohort_is_closed_and_nothing_is_held_or_sent()
    {
        var cancelled = await app.CohortAsync(capacity: 5, cancelled: true);
        var started = await app.CohortAsync(capacity: 5, startsInDays: -1);
        var (a, _, _, _) = await FourAsync();

        Assert.Equal(JoinOutcome.Closed, await app.JoinAsync(cancelled, a));
        Assert.Equal(JoinOutcome.Closed, await app.JoinAsync(started, a));

        Assert.Equal((0, 0), (await app.HeldAsync(cancelled), await app.HeldAsync(started)));
        Assert.Empty(await app.PlacesAsync(cancelled));
        Assert.Empty(await app.PlacesAsync(started));
        Assert.Empty(await app.MailAsync(a));
    }

    [Fact]
    public async Task Each_enrolled_person_gets_one_reminder_a_day_before_each_week()
    {
        var cohort = await app.CohortAsync(capacity: 1, startsInDays: 3, weeks: 2);
        var (enrolled, waiting, _, _) = await FourAsync();
        await JoinInTurnAsync(cohort, enrolled, waiting);
        var reminders = async () => (await app.MailAsync(enrolled)).Where(s => s.StartsWith("Reminder: ", StringComparison.Ordinal)).ToList();

        clock.Advance(cohort.FirstMeeting - TimeSpan.FromHours(25) - app.Now);
        await app.SweepAsync();
        Assert.Empty(await reminders());

        clock.Advance(TimeSpan.FromHours(2));
        await app.SweepAsync();
        await app.SweepAsync();
        Assert.Equal([$"Reminder: {cohort.Title}, week 1"], await reminders());

        clock.Advance(CohortMeetings.StartOf(cohort.StartsOn, cohort.StartTime, 2) - TimeSpan.FromHours(23) - app.Now);
        await app.SweepAsync();
        await app.SweepAsync();
        Assert.Equal([$"Reminder: {cohort.Title}, week 1", $"Reminder: {cohort.Title}, week 2"], await reminders());

        var placeId = await PlaceIdAsync(cohort, enrolled);
        Assert.Equal([1, 2], await app.WithDbAsync(db => db.CourseReminders.Where(r => r.PlaceId == placeId).OrderBy(r => r.Week).Select(r => r.Week).ToListAsync()));
        Assert.DoesNotContain(await app.MailAsync(waiting), s => s.StartsWith("Reminder: ", StringComparison.Ordinal));
    }

    private async Task<(Learner, Learner, Learner, Learner)> FourAsync()
    {
        var four = await app.LearnersAsync(4);
        return (four[0], four[1], four[2], four[3]);
    }

    /// <summary>A step taken at a moment of its own, so two steps can each believe a different time.</summary>
    private async Task<T> WithClockAsync<T>(DateTimeOffset at, Func<CohortPlaces, Task<T>> step)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await step(new CohortPlaces(sp.GetRequiredService<AlongsideDbContext>(), sp.GetRequiredService<Notices>(), new FakeTimeProvider(at)));
    }
}

public sealed class CohortPlacesTestsOnSqlite(SqliteCourseApp app) : CohortPlacesTests<SqliteCourseApp>(app, app.Clock);

public sealed class CohortPlacesTestsOnPostgres(PostgresCourseApp app) : CohortPlacesTests<PostgresCourseApp>(app, app.Clock);
