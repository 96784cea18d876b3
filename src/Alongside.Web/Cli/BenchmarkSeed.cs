
namespace Alongside.Web.Cli;

/// <summary>
/// `seed --families N`: the demo data plus N families referred to the demo therapy provider,
/// spread across the triage states, so pages can be measured at scale (bench/).
/// </summary>
public static class BenchmarkSeed
{
    private const int Batch = 1000;

    public static async Task<int> AddFamiliesAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var provider = await db.Organisations.Where(o => o.Kind == OrganisationKind.TherapyProvider).OrderBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync();
        var random = new Random(20261123); // the same data every run
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var done = 0; done < count; done += Batch)
        {
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var family = new Family { Name = $"Benchmark family {i}", CreatedAt = now };
                var child = new Child { FamilyId = family.Id, FirstName = $"Child{i % 997}", DateOfBirth = new DateOnly(2008 + (i % 16), 1 + (i % 12), 1 + (i % 28)) };
                var roll = random.Next(100);
                var status = roll < 60 ? ReferralStatus.Accepted : roll < 80 ? ReferralStatus.WaitingList : roll < 90 ? ReferralStatus.New : ReferralStatus.Declined;
                var submitted = now.AddDays(-random.Next(1, 400));
                db.Families.Add(family);
                db.Children.Add(child);
                db.Referrals.Add(new Referral
                {
                    OrganisationId = provider,
                    FamilyId = family.Id,
                    ChildId = child.Id,
                    Source = ReferralSource.Self,
                    SubmittedByUserId = Guid.Empty,
                    CarerEmail = $"bench{i}@example.invalid",
                    WhatIsHappening = "Benchmark",
                    WhatHasBeenTried = "Benchmark",
                    Hopes = "Benchmark",
                    MeetingPreference = MeetingPreference.Either,
                    FundingRoute = FundingRoute.SelfFunded,
                    Status = status,
                    SubmittedAt = submitted,
                    WaitingSince = status is ReferralStatus.WaitingList or ReferralStatus.Accepted ? submitted.AddDays(2) : null,
                    LeftWaitingListAt = status == ReferralStatus.Accepted ? submitted.AddDays(30) : null,
                    Priority = status == ReferralStatus.WaitingList && roll % 7 == 0 ? 1 : 0,
                    DeclineReason = status == ReferralStatus.Declined ? "Benchmark" : null,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        // The demo parent waits at the back of the list, so their page computes a real place.
        var sams = await db.Referrals.Where(r => r.OrganisationId == provider && r.Family!.Carers.Any()).OrderBy(r => r.SubmittedAt).FirstAsync();
        db.Referrals.Add(new Referral
        {
            OrganisationId = provider,
            FamilyId = sams.FamilyId,
            ChildId = sams.ChildId,
            Source = ReferralSource.Self,
            SubmittedByUserId = sams.SubmittedByUserId,
            WhatIsHappening = "Benchmark",
            WhatHasBeenTried = "Benchmark",
            Hopes = "Benchmark",
            Status = ReferralStatus.WaitingList,
            SubmittedAt = now,
            WaitingSince = now,
        });
        await db.SaveChangesAsync();
        return count;
    }
}
