using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure;
using Alongside.Web.Kernel.Care.WaitingTallies;
using Alongside.Web.Kernel.Reports.Tallies;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alongside.Web.Data;

public sealed class DatabaseOptions : IValidatableObject
{
    /// <summary>"Sqlite" (the default, a file under the data folder) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Where the SQLite file, mail pickup folder and backups live.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Apply pending migrations when the app starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// On PostgreSQL, ask for JIT compilation off in each connection's startup options (ADR 19). A pooler
    /// that refuses startup options (PgBouncer without <c>jit</c> in <c>track_extra_parameters</c>) needs
    /// false here, and <c>ALTER ROLE … SET jit = off</c> on the server instead.
    /// </summary>
    public bool PostgresJitOff { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A typo must not quietly run SQLite where PostgreSQL was meant.
        if (!IsPostgres && !string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult($"Database:Provider must be Sqlite or Postgres, not \"{Provider}\"", [nameof(Provider)]);
        if (string.IsNullOrWhiteSpace(DataFolder))
            yield return new ValidationResult("Database:DataFolder must name a folder", [nameof(DataFolder)]);
    }
}

public static partial class DatabaseSetup
{
    public static string ResolveDataFolder(this DatabaseOptions options, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.DataFolder));

    public static WebApplicationBuilder AddAlongsideData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateDataAnnotations().ValidateOnStart();

        // Both providers are registered; settings are read when a context is first made,
        // so configuration added late (tests, environment) is honoured.
        services.AddSingleton<OutboxCommitNotifier>();
        services.AddSingleton<SqlFloors>();
        services.AddSingleton<TallyMarker>();
        services.AddSingleton<WaitingListMarker>();
        // The models are compiled (Data/CompiledModels, see Data/README.md): building them from the
        // entity configurations took about 0.45 s of every start.
        services.AddDbContext<SqliteAlongsideDbContext>((sp, o) => o.UseSqlite(SqliteConnectionString(sp))
            .UseModel(CompiledModels.Sqlite.SqliteAlongsideDbContextModel.Instance)
            .AddInterceptors(Interceptors(sp)).AddInterceptors(BusyWait));
        services.AddDbContext<PostgresAlongsideDbContext>((sp, o) => o.UseNpgsql(PostgresConnectionString(sp))
            .UseModel(CompiledModels.Postgres.PostgresAlongsideDbContextModel.Instance)
            .AddInterceptors(Interceptors(sp)));
        services.AddScoped<AlongsideDbContext>(sp => Options(sp).IsPostgres
            ? sp.GetRequiredService<PostgresAlongsideDbContext>()
            : sp.GetRequiredService<SqliteAlongsideDbContext>());

        services.AddHealthChecks()
            .AddDbContextCheck<AlongsideDbContext>("database", tags: ["ready"]);
        return builder;
    }

    private static readonly SqliteBusyWait BusyWait = new();

    /// <summary>The outbox's wake-up call, the report and waiting tallies' marks; and, only for the benchmarks' floors, their recorder.</summary>
    private static IInterceptor[] Interceptors(IServiceProvider sp)
    {
        IInterceptor[] always = [sp.GetRequiredService<OutboxCommitNotifier>(), sp.GetRequiredService<TallyMarker>(), sp.GetRequiredService<WaitingListMarker>()];
        return sp.GetRequiredService<SqlFloors>() is { On: true } floors ? [.. always, floors] : always;
    }

    private static DatabaseOptions Options(IServiceProvider sp) =>
        sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;

    private static string? Configured(IServiceProvider sp) =>
        sp.GetRequiredService<IConfiguration>().GetConnectionString("Alongside");

    private static string PostgresConnectionString(IServiceProvider sp)
    {
        if (Configured(sp) is not { Length: > 0 } cs)
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Alongside is not set.");
        if (!Options(sp).PostgresJitOff) return cs;
        // Made once, not at each context (each request): the configuration rarely changes while the app
        // runs. A class, so a reader sees one whole pair even while another app in the process (tests)
        // writes its own.
        var last = _lastPostgres;
        if (last?.Configured != cs)
            _lastPostgres = last = new(cs, WithJitOff(cs, Environment.GetEnvironmentVariable("PGOPTIONS")));
        return last.Applied;
    }

    private sealed record ConnectionStrings(string Configured, string Applied);

    private static ConnectionStrings? _lastPostgres;

    /// <summary>
    /// The connection string with PostgreSQL's JIT compilation off in its startup options, unless they
    /// (or <c>PGOPTIONS</c>, which Npgsql reads only when the connection string has none) set <c>jit</c>
    /// themselves (ADR 19). PostgreSQL compiles any query whose estimated cost passes
    /// <c>jit_above_cost</c>, and a misestimate passes it with nothing to read: the unread count of a
    /// parent with no threads, estimated at 1.9 million, spent 150 ms compiling to read no rows. No
    /// query of a page runs long enough to gain from compiling.
    /// </summary>
    public static string WithJitOff(string connectionString, string? environmentOptions)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var options = string.IsNullOrWhiteSpace(builder.Options) ? environmentOptions : builder.Options;
        if (!SetsJit().IsMatch(options ?? "")) builder.Options = $"{options} -c jit=off".Trim();
        return builder.ConnectionString;
    }

    /// <summary><c>-c jit=…</c> or <c>--jit=…</c>; not <c>jit_above_cost</c> or other settings.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|\s)(?:-c\s*|--)jit\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SetsJit();

    private static string SqliteConnectionString(IServiceProvider sp)
    {
        if (Configured(sp) is { Length: > 0 } cs) return cs;
        var folder = Options(sp).ResolveDataFolder(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "alongside.db"),
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>
    /// On SQLite, gathers the statistics the query planner chooses indexes by, for tables never
    /// analysed or grown 25 times since (PostgreSQL's autovacuum does this itself). Without them the
    /// planner takes any equality for a narrow one: at 100,000 families the parent's home read every
    /// booked session through the status index instead of the family's own. Each index is sampled,
    /// not read whole: on the 1.5 GB file of 100,000 families it took 1.6 s the first time, from the sqlite3
    /// shell 0.05 s, and 8 ms at the next start, every table having statistics. On PostgreSQL, only
    /// after a bulk load (below).
    /// </summary>
    /// <param name="bulkLoaded">
    /// After the seed's millions of rows, PostgreSQL is asked to VACUUM (ANALYZE) too (4.5 s for
    /// 100,000 families), as after any bulk load, rather than left to autovacuum, which reaches each
    /// table in its own time. The ANALYZE gives the planner figures taken at the end of the load, not
    /// part way through it. The VACUUM marks the loaded pages all-visible, so a count over an index
    /// (the waiting-list places) reads the index alone: the parent's home's requests took 35 to 49 ms
    /// with 5,567 rows fetched from the tables, and 18 to 19 ms with none, after it.
    /// </param>
    public static async Task RefreshStatisticsAsync(IServiceProvider services, bool bulkLoaded = false, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        if (!db.Database.IsSqlite())
        {
            if (bulkLoaded) await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)", cancellationToken);
            return;
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;", cancellationToken);
    }

    /// <summary>Applies migrations; on SQLite also turns on write-ahead logging (it persists in the file).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        // Migrate also diffs the whole model against the last snapshot, about a third of a second of a cold
        // start; with nothing to apply that diff has nothing to act on (MigrationTests proves the model and the
        // migrations agree), so an up-to-date database skips it. A database not made yet is left to Migrate,
        // which creates it.
        var creator = db.Database.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken) || (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
