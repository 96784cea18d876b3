using Alongside.Web.Kernel.Care.WaitingTallies;
using Alongside.Web.Kernel.Reports.Tallies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Alongside.Web.Cli;

/// <summary>`dotnet run --project src/Alongside.Web -- COMMAND`: the app is its own admin tool.</summary>
public static class AdminCommands
{
    private static readonly string[] Names = ["migrate", "seed", "create-admin", "backup", "restore", "import-groups", "bench-groups", "import-instrument-text", "build-tallies"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var services = app.Services;
        switch (args[0])
        {
            case "migrate":
                await DatabaseSetup.MigrateAsync(services);
                await DatabaseSetup.RefreshStatisticsAsync(services);
                Console.WriteLine("Database is up to date.");
                return 0;
            case "seed":
                await DatabaseSetup.MigrateAsync(services);
                var seeded = await DemoSeed.SeedAsync(services);
                Console.WriteLine(seeded ? "Demo data added." : "Demo data was already there; nothing changed.");
                if (Option(args, "--families") is { } families)
                {
                    if (!int.TryParse(families, out var n) || n is < 1 or > 1_000_000)
                    {
                        Console.Error.WriteLine("--families takes a whole number from 1 to 1,000,000");
                        return 2;
                    }
                    Console.WriteLine(await WithProgressAsync("Families", n, progress => BenchmarkSeed.AddFamiliesAsync(services, n, progress)));
                }
                if (Option(args, "--groups") is { } groupCount)
                {
                    if (!int.TryParse(groupCount, out var g) || g is < 1 or > 1_000_000)
                    {
                        Console.Error.WriteLine("--groups takes a whole number from 1 to 1,000,000");
                        return 2;
                    }
                    Console.WriteLine($"Added {await GroupBenchmark.SeedAsync(services, g):N0} groups.");
                }
                if (Option(args, "--outcomes") is { } outcomes)
                {
                    if (!int.TryParse(outcomes, out var o) || o is < 1 or > 1_000_000)
                    {
                        Console.Error.WriteLine("--outcomes takes a whole number from 1 to 1,000,000");
                        return 2;
                    }
                    Console.WriteLine($"Added {await OutcomeBenchmarkSeed.AddAsync(services, o):N0} families with outcome measures.");
                }
                if (Option(args, "--reports") is { } reports)
                {
                    if (!int.TryParse(reports, out var r) || r is < 1 or > 1_000_000)
                    {
                        Console.Error.WriteLine("--reports takes a whole number from 1 to 1,000,000");
                        return 2;
                    }
                    Console.WriteLine($"Added {await ReportBenchmarkSeed.AddAsync(services, r):N0} referred families for reports.");
                }
                if (Option(args, "--discussion") is { } discussion)
                {
                    if (!int.TryParse(discussion, out var d) || d is < 1 or > 10_000)
                    {
                        Console.Error.WriteLine("--discussion takes a whole number of posts a topic from 1 to 10,000");
                        return 2;
                    }
                    Console.WriteLine($"Discussion topic: {await DiscussionBenchmarkSeed.AddAsync(services, d)}");
                }
                if (args.Contains("--sessions"))
                {
                    Console.WriteLine($"Added {await SessionBenchmarkSeed.AddYearAsync(services):N0} sessions for the demo clinician.");
                }
                // As a running service would have them: every closed month tallied for the reports.
                Console.WriteLine(await BuildTalliesAsync(services));
                await DatabaseSetup.RefreshStatisticsAsync(services, bulkLoaded: true);
                return 0;
            case "build-tallies":
                await DatabaseSetup.MigrateAsync(services);
                Console.WriteLine(await BuildTalliesAsync(services));
                return 0;
            case "create-admin":
                return await CreateAdminAsync(services, Option(args, "--email"), Option(args, "--password"), Option(args, "--organisation"),
                    Option(args, "--kind"), args.Contains("--platform"));
            case "backup":
                return await BackupAsync(services, Option(args, "--to"));
            case "restore":
                return await RestoreAsync(services, Option(args, "--from"));
            case "bench-groups":
                return await GroupBenchmark.RunAsync(services, int.TryParse(Option(args, "--queries"), out var q) ? Math.Clamp(q, 1, 10_000) : 200);
            case "import-instrument-text":
                await DatabaseSetup.MigrateAsync(services);
                return await InstrumentTextImport.RunAsync(services, args.Length > 1 ? args[1] : null);
            case "import-groups":
                await DatabaseSetup.MigrateAsync(services);
                return await ImportGroupsAsync(services, args.Length > 1 ? args[1] : null, Option(args, "--organisation"));
            default:
                return 2;
        }
    }

    /// <summary>Every closed month's report tallies that are missing or marked, built now rather than a few a scan (Kernel/Reports/Tallies), and every waiting list's (Kernel/Care/WaitingTallies).</summary>
    private static async Task<string> BuildTalliesAsync(IServiceProvider services)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var months = await ActivatorUtilities.CreateInstance<TallyBuilder>(services).RunOnceAsync(int.MaxValue);
        // Every organisation: a bulk load writes referrals without the marks a save leaves.
        var lists = await ActivatorUtilities.CreateInstance<WaitingTallyBuilder>(services).RunOnceAsync(everyOrganisation: true);
        return $"Built the report tallies of {months:N0} provider months and the waiting lists of {lists:N0} organisations in {started.Elapsed.TotalSeconds:N1} s.";
    }

    /// <summary>`import-groups FILE.csv --organisation NAME`: every good row saved, every bad row reported with its number.</summary>
    private static async Task<int> ImportGroupsAsync(IServiceProvider services, string? file, string? organisation)
    {
        if (file is null || organisation is null || !File.Exists(file))
        {
            Console.Error.WriteLine("Usage: import-groups FILE.csv --organisation \"Organisation name\" (the file must exist)");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var org = await db.Organisations.Where(o => o.Name == organisation).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
        if (org is null)
        {
            Console.Error.WriteLine($"There is no organisation called \"{organisation}\".");
            return 2;
        }
        if (SpreadsheetCsv.Decode(await File.ReadAllBytesAsync(file), out var refusal) is not { } text)
        {
            Console.Error.WriteLine(refusal);
            return 2;
        }
        if (text.ReadAs is not null) Console.WriteLine($"Read as {text.ReadAs}.");
        var (rows, problems) = Features.Groups.GroupImport.Parse(new StringReader(text.Text), scope.ServiceProvider.GetRequiredService<PostcodeDistricts>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        var result = await Features.Groups.GroupImport.SaveAsync(db, org.Value, rows, problems,
            new Progress<int>(done => Console.WriteLine($"{done:N0} of {rows.Count:N0} saved")));
        foreach (var problem in result.Problems) Console.Error.WriteLine($"Row {problem.Row}: {problem.Message}");
        Console.WriteLine($"Imported {result.Imported:N0} groups; {result.Problems.Count:N0} rows had problems.");
        return result.Problems.Count == 0 ? 0 : 1;
    }

    /// <summary>A progress bar on the console (Spectre.Console) while a long seed runs; without a terminal it prints now and then instead.</summary>
    private static Task<T> WithProgressAsync<T>(string what, int total, Func<IProgress<int>, Task<T>> work) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(what, maxValue: total);
                return await work(new Reporter(done => task.Value = done));
            });

    /// <summary>Reports at once on the caller's thread (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The kinds `create-admin --kind` takes, as typed on a command line.</summary>
    public static readonly IReadOnlyDictionary<string, OrganisationKind> Kinds = new Dictionary<string, OrganisationKind>
    {
        ["therapy-provider"] = OrganisationKind.TherapyProvider,
        ["ot-clinic"] = OrganisationKind.OtClinic,
        ["peer-support-charity"] = OrganisationKind.PeerSupportOrganisation,
        ["local-authority"] = OrganisationKind.LocalAuthority,
        ["training-body"] = OrganisationKind.TrainingBody,
        ["nhs-service"] = OrganisationKind.NhsService,
    };

    public const string CreateAdminUsage =
        "Usage: create-admin --email EMAIL --password PASSWORD --organisation \"NAME\" [--kind therapy-provider|ot-clinic|peer-support-charity|local-authority|training-body|nhs-service] [--platform]";

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string? email, string? password, string? organisation, string? kindName, bool platform)
    {
        var kind = OrganisationKind.TherapyProvider;
        if (email is null || password is null || organisation is null || (kindName is not null && !Kinds.TryGetValue(kindName, out kind)))
        {
            Console.Error.WriteLine(CreateAdminUsage);
            return 2;
        }
        await DatabaseSetup.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();

        // An existing organisation keeps its kind: --kind says what a new one is.
        var org = await db.Organisations.FirstOrDefaultAsync(o => o.Name == organisation);
        if (org is null)
        {
            org = new Organisation { Name = organisation, Kind = kind, CreatedAt = now };
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var created = await scope.ServiceProvider.GetRequiredService<AccountCreation>().CreateAsync(email, "Admin", password, addressProven: true);
            if (created.User is null)
            {
                foreach (var e in created.Errors) Console.Error.WriteLine(e.Description);
                return 1;
            }
            user = created.User;
        }
        if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.OrganisationId == org.Id && m.Role == Role.Admin))
        {
            db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = org.Id, Role = Role.Admin, CreatedAt = now });
            await db.SaveChangesAsync();
        }
        if (platform && !user.PlatformAdmin)
        {
            user.PlatformAdmin = true;
            await users.UpdateAsync(user);
        }
        Console.WriteLine($"{email} is an admin of {org.Name} ({Organisation.KindDisplay(org.Kind)}){(user.PlatformAdmin ? " and runs the platform" : "")}. They will set up two-factor sign-in at first sign-in.");
        return 0;
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string? target)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        if (!db.Database.IsSqlite())
        {
            Console.Error.WriteLine("On PostgreSQL, back up with pg_dump -Fc and restore with pg_restore (see src/Alongside.Web/Cli/README.md); this command backs up the SQLite file.");
            return 2;
        }
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var env = scope.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        target = Path.GetFullPath(target ?? Path.Combine(options.ResolveDataFolder(env.ContentRootPath), "backups",
            $"alongside-{scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow():yyyyMMddTHHmmss}.db"));
        if (File.Exists(target))
        {
            Console.Error.WriteLine($"{target} already exists; a backup never writes over a file. Choose another name.");
            return 2;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await SqliteBackup.BackupAsync(db, target);
        Console.WriteLine($"Backed up to {target} ({new FileInfo(target).Length / 1024.0 / 1024.0:0.0} MB).");
        return 0;
    }

    private static async Task<int> RestoreAsync(IServiceProvider services, string? from)
    {
        if (from is null)
        {
            Console.Error.WriteLine("Usage: restore --from FILE (a file made by backup; the app stopped and its database empty)");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        if (!db.Database.IsSqlite())
        {
            Console.Error.WriteLine("On PostgreSQL, restore a pg_dump -Fc file with pg_restore into a new empty database (see src/Alongside.Web/Cli/README.md).");
            return 2;
        }
        var result = await SqliteBackup.RestoreAsync(db, Path.GetFullPath(from));
        if (result.Refusal is { } refusal)
        {
            Console.Error.WriteLine($"Nothing restored. {refusal}");
            return 1;
        }
        Console.WriteLine($"Restored {result.Rows:N0} rows from {Path.GetFullPath(from)}.");
        return 0;
    }
}
