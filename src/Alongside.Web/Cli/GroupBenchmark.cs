using System.Diagnostics;
using Alongside.Web.Features.Groups;

namespace Alongside.Web.Cli;

/// <summary>
/// `seed --groups N` spreads N groups over Great Britain's postcode districts (the same ones every
/// run); `bench-groups` times nearest-first search through the index against a full scan, in
/// the same process and run, and checks both give the same top twenty.
/// </summary>
public static class GroupBenchmark
{
    public static async Task<int> SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var districts = scope.ServiceProvider.GetRequiredService<PostcodeDistricts>().All;
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var org = await db.Organisations.Where(o => o.Kind == OrganisationKind.PeerSupportOrganisation).OrderBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync();
        var random = new Random(100_000);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var done = 0; done < count; done += 2000)
        {
            for (var i = done; i < Math.Min(count, done + 2000); i++)
            {
                var district = districts[random.Next(districts.Count)];
                var online = i % 10 == 0;
                db.PeerGroups.Add(new PeerGroup
                {
                    OrganisationId = org,
                    Name = $"Benchmark group {i}",
                    Description = "Benchmark",
                    Audiences = (GroupAudience)(1 << (i % 11)),
                    Access = (GroupAccess)(i % 128),
                    Format = online ? GroupFormat.Online : i % 3 == 0 ? GroupFormat.Hybrid : GroupFormat.InPerson,
                    Recurrence = "FREQ=MONTHLY;BYDAY=2TU",
                    FirstMeeting = new DateOnly(2026, 1, 13),
                    StartTime = new TimeOnly(19, 0),
                    EndTime = new TimeOnly(21, 0),
                    District = online ? null : district.Outcode,
                    Latitude = online ? null : district.Point.Latitude + ((random.NextDouble() - 0.5) * 0.04),
                    Longitude = online ? null : district.Point.Longitude + ((random.NextDouble() - 0.5) * 0.06),
                    CreatedAt = now,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return count;
    }

    public static async Task<int> RunAsync(IServiceProvider services, int queries)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var districts = scope.ServiceProvider.GetRequiredService<PostcodeDistricts>().All;
        var groups = await db.PeerGroups.CountAsync();
        var random = new Random(42);
        var centres = Enumerable.Range(0, queries).Select(_ => districts[random.Next(districts.Count)].Point).ToList();
        var filters = new GroupFilters();
        // Warm both paths once.
        await GroupSearch.NearestAsync(db, centres[0], 25, filters);
        await GroupSearch.NearestByFullScanAsync(db, centres[0], 25, filters);
        var indexed = new List<double>();
        var scanned = new List<double>();
        var differences = 0;
        foreach (var centre in centres)
        {
            var watch = Stopwatch.StartNew();
            var a = await GroupSearch.NearestAsync(db, centre, 25, filters);
            indexed.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var b = await GroupSearch.NearestByFullScanAsync(db, centre, 25, filters);
            scanned.Add(watch.Elapsed.TotalMilliseconds);
            if (!a.Select(g => g.Id).SequenceEqual(b.Select(g => g.Id))) differences++;
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"# {db.Database.ProviderName}, {groups:N0} groups, {queries} searches within 25 km of random GB districts, nearest 20");
        Console.WriteLine("| method | median ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Row("lat/lon index, doubling box", indexed));
        Console.WriteLine(Row("full scan (baseline)", scanned));
        Console.WriteLine($"# searches whose top 20 differed between the two: {differences}");
        return differences == 0 ? 0 : 1;
    }

    private static string Row(string name, List<double> ms)
    {
        var sorted = ms.Order().ToList();
        return $"| {name} | {sorted[sorted.Count / 2]:0.0} | {sorted[(int)(sorted.Count * 0.95)]:0.0} | {sorted[^1]:0.0} |";
    }
}
