using System.Diagnostics;
using Alongside.Web.Features.Groups;

namespace Alongside.Web.Cli;

/// <summary>
/// `seed --reports N`: N families referred to the demo therapy provider over three years, spread
/// across its services, funding routes and local authorities (some commissioned by the demo
/// council, some living in its area), with about 20 sessions a family and, more sparsely,
/// everything else a report counts: course places, peer group meetings, peer support requests
/// and contacts, session feedback and outcome measures. Rows are written with prepared
/// INSERTs (<see cref="BulkRows{T}"/>) in one transaction per 5,000 families, so 100,000
/// families and 2 million sessions take minutes on SQLite. For bench/reports.sh.
/// </summary>
public static class ReportBenchmarkSeed
{
    public const int FamiliesAClinician = 60;
    private const int Batch = 5000;

    public static readonly string[] ServiceNames = ["Family therapy", "Parenting support", "Life story work"];

    public static async Task<int> AddAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var catalogue = scope.ServiceProvider.GetRequiredService<InstrumentCatalogue>();
        var authorities = scope.ServiceProvider.GetRequiredService<LocalAuthorities>();
        var provider = await db.Organisations.Where(o => o.Kind == OrganisationKind.TherapyProvider).OrderBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync();
        var council = await db.Organisations.Where(o => o.Kind == OrganisationKind.LocalAuthority && o.OnsCode != null)
            .Where(o => db.Commissions.Any(c => c.CommissionerOrganisationId == o.Id && c.ProviderOrganisationId == provider))
            .Select(o => new { o.Id, OnsCode = o.OnsCode! }).FirstAsync();
        if (await db.Services.AnyAsync(s => s.OrganisationId == provider && s.Name == ServiceNames[0]))
        {
            Console.WriteLine("The provider already has the report benchmark's services; nothing added.");
            return 0;
        }
        var supporter = await db.Users.Where(u => u.Email == "peer@alongside.test").Select(u => u.Id).SingleAsync();
        var clock = Stopwatch.StartNew();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // What the families are spread over: services, clinicians (60 families each), a course
        // with a cohort starting each month, and the provider's own peer groups.
        var serviceIds = new List<Guid>();
        foreach (var name in ServiceNames)
        {
            var service = new Service { OrganisationId = provider, Name = name, CreatedAt = now.AddYears(-4) };
            db.Services.Add(service);
            serviceIds.Add(service.Id);
        }
        var clinicians = new List<Guid>();
        for (var k = 0; k < (count + FamiliesAClinician - 1) / FamiliesAClinician; k++)
        {
            var user = Account($"reports-clinician-{k}@example.invalid", $"Clinician {k}", now);
            db.Users.Add(user);
            db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = provider, Role = Role.Clinician, CreatedAt = now });
            clinicians.Add(user.Id);
        }
        var course = new Course
        {
            OrganisationId = provider,
            Title = "Therapeutic parenting, eight weeks",
            Summary = "Benchmark",
            WhoFor = "Parents and carers",
            Weeks = 8,
            CompletionMinimum = 6,
            CostPerPlace = 300m,
            CreatedAt = now.AddYears(-4),
        };
        db.Courses.Add(course);
        var today = UkTime.DateOf(now);
        var cohorts = new List<(Guid Id, DateOnly StartsOn)>();
        for (var month = new DateOnly(today.Year - 4, today.Month, 1); month <= today.AddMonths(2); month = month.AddMonths(1))
        {
            var cohort = new Cohort
            {
                CourseId = course.Id,
                OrganisationId = provider,
                StartsOn = month.AddDays(7),
                StartTime = new TimeOnly(10, 0),
                EndTime = new TimeOnly(12, 0),
                VenueName = "Brightwater centre",
                Capacity = 100_000,
                CreatedAt = now.AddYears(-4),
            };
            db.Cohorts.Add(cohort);
            cohorts.Add((cohort.Id, cohort.StartsOn));
        }
        var groups = new List<Guid>();
        foreach (var (name, format) in new[] { ("Adopters' evening", GroupFormat.InPerson), ("Kinship carers online", GroupFormat.Online), ("Dads' group", GroupFormat.Hybrid) })
        {
            var group = new PeerGroup
            {
                OrganisationId = provider,
                Name = name,
                Description = "Benchmark",
                Audiences = GroupAudience.AdoptiveParents | GroupAudience.KinshipCarers,
                Format = format,
                Access = GroupAccess.Free,
                Recurrence = "FREQ=WEEKLY;BYDAY=TU",
                FirstMeeting = today.AddYears(-4),
                StartTime = new TimeOnly(19, 0),
                EndTime = new TimeOnly(20, 30),
                OnlineLink = format == GroupFormat.InPerson ? null : "https://video.example.org/bench",
                VenueName = format == GroupFormat.Online ? null : "Brightwater centre",
                CreatedAt = now.AddYears(-4),
            };
            db.PeerGroups.Add(group);
            groups.Add(group.Id);
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // Areas: the council's own for some, two dozen other upper-tier authorities for most, none recorded for a few.
        var areas = authorities.UpperTier.Select(a => a.Code).Where(c => c != council.OnsCode).Take(23).ToList();
        var feedback = catalogue.Find(MeasureSchedule.SessionFeedback)!;
        var outcomes = catalogue.All.Where(i => i.Kind is not InstrumentKind.Feedback and not InstrumentKind.Goals).Take(3).ToList();
        var setting = new ReportBenchmarkFamilies.Setting(provider, council.Id, council.OnsCode, serviceIds, areas, clinicians, cohorts, groups, supporter, feedback, outcomes, now);

        await db.Database.OpenConnectionAsync();
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144"); // 256 MB: index pages stay in memory while millions of rows go in
        var transaction = await db.Database.BeginTransactionAsync();
        await using var writer = new ReportBenchmarkFamilies(db, new BulkBatch(db), setting, new Random(20261203)); // the same data every run
        for (var i = 0; i < count; i++)
        {
            await writer.AddAsync(i);
            if ((i + 1) % Batch != 0 && i + 1 != count) continue;
            await writer.SendAsync();
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
            transaction = await db.Database.BeginTransactionAsync();
            writer.Use(transaction);
            if ((i + 1) % 10_000 == 0 || i + 1 == count)
            {
                Console.WriteLine($"{i + 1:N0} of {count:N0} families, {writer.Summary}, {clock.Elapsed.TotalSeconds:0} s");
            }
        }
        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        await db.Database.CloseConnectionAsync();
        return count;
    }

    internal static AppUser Account(string email, string name, DateTimeOffset now) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        DisplayName = name,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        CreatedAt = now,
    };
}
