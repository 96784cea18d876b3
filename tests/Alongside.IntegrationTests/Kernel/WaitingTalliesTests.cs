using Alongside.IntegrationTests.Support;
using Alongside.Web.Kernel.Care.WaitingTallies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Kernel;

/// <summary>
/// Waiting-list places read from the kept tallies equal places worked out here from the referrals
/// themselves, before the tallies are built, once they are, and after each kind of change saved.
/// The background builder runs beside the test, so each check holds whichever way places are read.
/// </summary>
public abstract class WaitingTalliesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private sealed record World(Organisation Org, Organisation Other, Guid ChildId, Guid FamilyId, Service OwnList, Service Shared);

    private async Task<World> WorldAsync()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync();
        return await app.WithDbAsync(async db =>
        {
            var own = new Service { OrganisationId = org.Id, Name = "Sensory OT", OwnWaitingList = true, CreatedAt = app.Now };
            var shared = new Service { OrganisationId = org.Id, Name = "Adoption support", CreatedAt = app.Now };
            db.Services.AddRange(own, shared);
            await db.SaveChangesAsync();
            var child = await db.Children.FirstAsync(c => c.FamilyId == familyId);
            return new World(org, other, child.Id, familyId, own, shared);
        });
    }

    private static Referral NewReferral(World w, Guid org, Random random, DateTimeOffset now)
    {
        // Some at the same time as others, some in the same week, some months apart; a few waiting with no
        // date, which the records count ahead of nobody at their priority.
        DateTimeOffset? waitingSince = random.Next(30) == 0 ? null : now.AddDays(-random.Next(0, 400)).AddHours(-random.Next(0, 3) * 8);
        var onList = random.Next(10) < 6;
        Guid? service = random.Next(3) switch { 0 => null, 1 => w.OwnList.Id, _ => w.Shared.Id };
        return new Referral
        {
            OrganisationId = org,
            FamilyId = w.FamilyId,
            ChildId = w.ChildId,
            SubmittedByUserId = Guid.Empty,
            WhatIsHappening = "Test",
            WhatHasBeenTried = "Test",
            Hopes = "Test",
            SubmittedAt = (waitingSince ?? now).AddDays(-1),
            ServiceId = org == w.Org.Id ? service : null,
            Status = onList ? ReferralStatus.WaitingList : ReferralStatus.Accepted,
            Priority = random.Next(0, 3),
            WaitingSince = waitingSince,
            LeftWaitingListAt = onList ? null : (waitingSince ?? now).AddDays(random.Next(1, 60)) is var left && left <= now ? left : now,
        };
    }

    /// <summary>Each waiting referral's place and wait, counted here from the rows as the rules say, independent of the app's SQL.</summary>
    private async Task<Dictionary<Guid, WaitingPlace>> ExpectedAsync(Guid org, DateTimeOffset now)
    {
        var (rows, ownLists) = await app.WithDbAsync(async db => (
            await db.Referrals.AsNoTracking().Where(r => r.OrganisationId == org).ToListAsync(),
            (await db.Services.Where(s => s.OwnWaitingList).Select(s => s.Id).ToListAsync()).ToHashSet()));
        Guid? ListOf(Referral r) => r.ServiceId is { } s && ownLists.Contains(s) ? s : null;
        var since = now - WaitingListRules.RateWindow;
        return rows.Where(r => r.Status == ReferralStatus.WaitingList).ToDictionary(r => r.Id, r =>
        {
            var list = rows.Where(o => ListOf(o) == ListOf(r)).ToList();
            var waiting = list.Where(o => o.Status == ReferralStatus.WaitingList).ToList();
            var position = waiting.Count(o => o.Priority > r.Priority) + waiting.Count(o => o.Priority == r.Priority && o.WaitingSince < r.WaitingSince) + 1;
            var left = list.Count(o => o.LeftWaitingListAt >= since);
            return new WaitingPlace(position, WaitingListRules.ExpectedWaitWeeks(position, left, WaitingListRules.RateWindow));
        });
    }

    private Task<IReadOnlyDictionary<Guid, WaitingPlace>> ReadAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset now) =>
        app.WithDbAsync(db => WaitingPlaces.ForAsync(db, ids, now));

    private async Task AssertPlacesAsync(Guid org, DateTimeOffset now)
    {
        var expected = await ExpectedAsync(org, now);
        Assert.True(expected.Count > 10, "enough referrals waiting to compare");
        var read = await ReadAsync(expected.Keys, now);
        Assert.Equal(expected.OrderBy(p => p.Key), read.OrderBy(p => p.Key));
    }

    /// <summary>
    /// Builds now. The app's own builder runs beside the test and may build the same organisation at
    /// the same moment; then one of the two fails, the other's tallies stand, and this tries again.
    /// </summary>
    private async Task BuildAsync(Guid org)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await app.WithScopeAsync(async sp => await ActivatorUtilities.CreateInstance<WaitingTallyBuilder>(sp)
                    .BuildAsync(sp.GetRequiredService<AlongsideDbContext>(), org, onlyIfDue: false, CancellationToken.None));
                return;
            }
            catch (Exception) when (attempt < 3)
            {
            }
        }
    }

    private Task<bool> TalliedAsync(Guid org) => app.WithDbAsync(async db =>
        await db.WaitingListBuilds.AnyAsync(b => b.OrganisationId == org) && !await db.WaitingListMarks.AnyAsync(m => m.OrganisationId == org));

    /// <summary>
    /// Saves a change and reads the marks inside the same transaction, before the background
    /// builder can take them away: the organisations of the world that the save marked.
    /// </summary>
    private Task<List<Guid>> SaveAndReadMarksAsync(World w, Func<AlongsideDbContext, Task> change) => app.WithDbAsync(async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await change(db);
        await db.SaveChangesAsync();
        var marked = await db.WaitingListMarks.Where(m => m.OrganisationId == w.Org.Id || m.OrganisationId == w.Other.Id)
            .Select(m => m.OrganisationId).Distinct().ToListAsync();
        await transaction.CommitAsync();
        return marked;
    });

    [Fact]
    public async Task Places_from_the_tallies_equal_places_counted_from_the_referrals_through_every_kind_of_change()
    {
        var w = await WorldAsync();
        var random = new Random(20261206);
        // Whole seconds: PostgreSQL keeps microseconds, and the rules compare instants exactly.
        var now = new DateTimeOffset(app.Now.UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        await app.WithDbAsync(db =>
        {
            db.Referrals.AddRange(Enumerable.Range(0, 160).Select(_ => NewReferral(w, w.Org.Id, random, now)));
            db.Referrals.AddRange(Enumerable.Range(0, 20).Select(_ => NewReferral(w, w.Other.Id, random, now)));
            return db.SaveChangesAsync();
        });
        Assert.True(await app.WithDbAsync(db => db.Referrals.AnyAsync(r => r.OrganisationId == w.Org.Id && r.Status == ReferralStatus.WaitingList && r.WaitingSince == null)));
        await AssertPlacesAsync(w.Org.Id, now);

        await BuildAsync(w.Org.Id);
        await BuildAsync(w.Other.Id);
        Assert.True(await TalliedAsync(w.Org.Id));
        Assert.True(await app.WithDbAsync(db => db.WaitingTallies.AnyAsync(t => t.OrganisationId == w.Org.Id && t.Kind == WaitingTallyKind.Left)));
        await AssertPlacesAsync(w.Org.Id, now);
        // Read later, the leaving window has moved on from when the tallies were built.
        await AssertPlacesAsync(w.Org.Id, now.AddDays(5).AddHours(7));

        // The places really come from the tallies while built: one more in every bucket moves them.
        var ids = (await ExpectedAsync(w.Org.Id, now)).Keys;
        var before = await ReadAsync(ids, now);
        await app.WithDbAsync(db => db.WaitingTallies.Where(t => t.OrganisationId == w.Org.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Count, t => t.Count + 1)));
        Assert.NotEqual(before.OrderBy(p => p.Key), (await ReadAsync(ids, now)).OrderBy(p => p.Key));
        await BuildAsync(w.Org.Id);
        await AssertPlacesAsync(w.Org.Id, now);

        // Every kind of change a save can make, each marking the organisations it touches until they are built again.
        var marked = await SaveAndReadMarksAsync(w, async db =>
        {
            var referrals = await db.Referrals.Where(r => r.OrganisationId == w.Org.Id).OrderBy(r => r.Id).ToListAsync();
            var waiting = referrals.Where(r => r.Status == ReferralStatus.WaitingList).ToList();
            waiting[0].Priority = 2;
            waiting[1].Priority = 0;
            (waiting[2].Status, waiting[2].LeftWaitingListAt) = (ReferralStatus.Accepted, now.AddHours(-1));
            (waiting[3].Status, waiting[3].LeftWaitingListAt) = (ReferralStatus.Declined, now.AddDays(-3));
            waiting[4].ServiceId = waiting[4].ServiceId == w.OwnList.Id ? null : w.OwnList.Id;
            waiting[5].WaitingSince = waiting[6].WaitingSince;
            (waiting[7].OrganisationId, waiting[7].ServiceId) = (w.Other.Id, null);
            var back = referrals.First(r => r.Status != ReferralStatus.WaitingList);
            (back.Status, back.WaitingSince, back.LeftWaitingListAt) = (ReferralStatus.WaitingList, now, null);
            var joining = NewReferral(w, w.Org.Id, random, now);
            (joining.Status, joining.LeftWaitingListAt) = (ReferralStatus.WaitingList, null);
            db.Referrals.Add(joining);
        });
        Assert.Equal(new[] { w.Org.Id, w.Other.Id }.Order(), marked.Order());
        await AssertPlacesAsync(w.Org.Id, now);
        await BuildAsync(w.Org.Id);
        await AssertPlacesAsync(w.Org.Id, now);

        await BuildAsync(w.Other.Id);

        // A new request, and one accepted without waiting, change no place: nothing is marked, and places stay fast.
        var request = NewReferral(w, w.Org.Id, random, now);
        (request.Status, request.WaitingSince, request.LeftWaitingListAt) = (ReferralStatus.New, null, null);
        Assert.Empty(await SaveAndReadMarksAsync(w, db =>
        {
            db.Referrals.Add(request);
            return Task.CompletedTask;
        }));
        Assert.Empty(await SaveAndReadMarksAsync(w, async db =>
        {
            var accepted = await db.Referrals.SingleAsync(r => r.Id == request.Id);
            (accepted.Status, accepted.DecidedAt) = (ReferralStatus.Accepted, now);
        }));
        await AssertPlacesAsync(w.Org.Id, now);

        // A service starting its own list moves its referrals off the shared one.
        Assert.Equal([w.Org.Id], await SaveAndReadMarksAsync(w, async db => (await db.Services.SingleAsync(s => s.Id == w.Shared.Id)).OwnWaitingList = true));
        await AssertPlacesAsync(w.Org.Id, now);
        await BuildAsync(w.Org.Id);
        await AssertPlacesAsync(w.Org.Id, now);
    }
}

public sealed class WaitingTalliesTestsOnSqlite(SqliteApp app) : WaitingTalliesTests<SqliteApp>(app);

public sealed class WaitingTalliesTestsOnPostgres(PostgresApp app) : WaitingTalliesTests<PostgresApp>(app);
