using System.Diagnostics;
using Alongside.Web.Features.Groups;
using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Cli;

/// <summary>
/// `seed --families N`: the demo data plus N families of the demo therapy provider, each with a
/// parent's account, spread as a real service's are: referrals across the triage states, and for
/// the accepted six in ten a care team, an agreed plan with goals, weekly sessions past (attended,
/// did not attend, cancelled) and to come, strategies with home log entries, message threads and
/// some session feedback; three in ten parents belong to one of the peer groups (N / 250 of them,
/// over GB postcode districts) and post in its discussion. The demo clinician's caseload is the
/// first 60 families, Sam belongs to the first group, and Sam's family waits at the back of the
/// list. Rows go in through prepared INSERTs (<see cref="BulkRows{T}"/>; on PostgreSQL a thousand
/// to a round trip), one transaction per 2,000 families, so pages can be measured at scale (bench/).
/// </summary>
public static class BenchmarkSeed
{
    private const int Batch = 2000;
    public const int FamiliesAClinician = 60;
    public static string ParentEmail(int i) => $"family-parent-{i}@example.invalid";

    /// <summary>
    /// The i-th seeded child's date of birth, spread over the 16 years from 2008 to 2023 as a service's
    /// children are: about 17 children share a birthday at 100,000, where a year-month-day
    /// pattern gave only 336 dates and 300 a day, which the triage duplicate check reads. With the
    /// name <c>Child{i % 997}</c>, no two children below 5.8 million share both.
    /// </summary>
    public static DateOnly ChildBirthDate(int i) => new DateOnly(2008, 1, 1).AddDays((int)((long)i * 2459 % 5844));

    /// <summary>Adds the families; <paramref name="progress"/> hears the families written so far. The answer says what was written.</summary>
    public static async Task<string> AddFamiliesAsync(IServiceProvider services, int count, IProgress<int>? progress = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var districts = scope.ServiceProvider.GetRequiredService<PostcodeDistricts>().All;
        var catalogue = scope.ServiceProvider.GetRequiredService<InstrumentCatalogue>();
        var first = ParentEmail(0).ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == first))
        {
            return "The benchmark families are already there; nothing added.";
        }
        var provider = await db.Organisations.Where(o => o.Kind == OrganisationKind.TherapyProvider).OrderBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync();
        var charity = await db.Organisations.Where(o => o.Kind == OrganisationKind.PeerSupportOrganisation).OrderBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync();
        var demoClinician = await db.Users.Where(u => u.Email == "clinician@alongside.test").Select(u => u.Id).SingleAsync();
        var supporter = await db.Users.Where(u => u.Email == "peer@alongside.test").Select(u => u.Id).SingleAsync();
        var sam = await db.Users.Where(u => u.Email == "parent@alongside.test").Select(u => u.Id).SingleAsync();
        var random = new Random(20261123); // the same data every run
        var clock = Stopwatch.StartNew();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // About sixty families a clinician; the demo clinician's are the first sixty.
        var clinicians = new List<Guid>();
        for (var k = 0; k < (Math.Max(0, count - FamiliesAClinician) + FamiliesAClinician - 1) / FamiliesAClinician; k++)
        {
            var user = ReportBenchmarkSeed.Account($"families-clinician-{k}@example.invalid", $"Clinician {k}", now);
            db.Users.Add(user);
            db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = provider, Role = Role.Clinician, CreatedAt = now });
            clinicians.Add(user.Id);
        }
        var groups = new List<Guid>();
        for (var g = 0; g < Math.Max(20, count / 250); g++)
        {
            var district = districts[random.Next(districts.Count)];
            var online = g % 10 == 9;
            var group = new PeerGroup
            {
                OrganisationId = charity,
                Name = $"Parents' circle {g}",
                Description = "A friendly group for parents and carers to share what works.",
                Audiences = GroupAudience.AdoptiveParents | GroupAudience.KinshipCarers,
                Access = GroupAccess.Free,
                Format = online ? GroupFormat.Online : g % 3 == 0 ? GroupFormat.Hybrid : GroupFormat.InPerson,
                Recurrence = "FREQ=MONTHLY;BYDAY=2TU",
                FirstMeeting = UkTime.DateOf(now).AddYears(-2),
                StartTime = new TimeOnly(19, 0),
                EndTime = new TimeOnly(20, 30),
                VenueName = online ? null : "Community centre",
                District = online ? null : district.Outcode,
                Latitude = online ? null : district.Point.Latitude + ((random.NextDouble() - 0.5) * 0.04),
                Longitude = online ? null : district.Point.Longitude + ((random.NextDouble() - 0.5) * 0.06),
                OnlineLink = online || g % 3 == 0 ? "https://video.example.org/circle" : null,
                CreatedAt = now.AddYears(-2),
            };
            db.PeerGroups.Add(group);
            db.PeerGroupFacilitators.Add(new PeerGroupFacilitator { GroupId = group.Id, UserId = supporter });
            db.GroupTopics.Add(GroupTopic.General(group.Id, now.AddYears(-2)));
            groups.Add(group.Id);
        }
        // Sam reads the first group's discussion, where the benchmark parents post.
        db.PeerGroupMembers.Add(new PeerGroupMember
        {
            GroupId = groups[0],
            UserId = sam,
            Status = GroupMemberStatus.Member,
            DisplayName = "Sam",
            RequestedAt = now.AddYears(-1),
            DecidedAt = now.AddYears(-1),
            ConductAcceptedAt = now.AddYears(-1),
        });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // One password hash for every benchmark parent (the demo password): hashing 100,000 would take longer than the rest.
        var hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(new AppUser(), DemoSeed.Password);
        var setting = new BenchmarkFamilies.Setting(provider, demoClinician, clinicians, groups, hash, catalogue.Find(MeasureSchedule.SessionFeedback), now);

        await db.Database.OpenConnectionAsync();
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144"); // 256 MB: index pages stay in memory while millions of rows go in
        var transaction = await db.Database.BeginTransactionAsync();
        await using (var writer = new BenchmarkFamilies(db, new BulkBatch(db), setting, random))
        {
            for (var i = 0; i < count; i++)
            {
                await writer.AddAsync(i);
                if ((i + 1) % Batch != 0 && i + 1 != count) continue;
                await writer.SendAsync();
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
                transaction = await db.Database.BeginTransactionAsync();
                writer.Use(transaction);
                progress?.Report(i + 1);
            }
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();

            // The demo parent waits at the back of the list, so their page computes a real place.
            var sams = await db.Referrals.Where(r => r.OrganisationId == provider && r.Family!.Carers.Any(c => c.UserId == sam)).OrderBy(r => r.SubmittedAt).FirstAsync();
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
            return $"Added {count:N0} families in {clock.Elapsed.TotalSeconds:0} s: {writer.Summary}.";
        }
    }
}
