using Alongside.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Alongside.Web.Infrastructure;

public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (the default, a file under the data folder) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Where the SQLite file, mail pickup folder and backups live.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Apply pending migrations when the app starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);
}

public static class DatabaseSetup
{
    public static string ResolveDataFolder(this DatabaseOptions options, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.DataFolder));

    public static WebApplicationBuilder AddAlongsideData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database");
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("Alongside");

        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Alongside is not set.");
            }
            builder.Services.AddDbContext<AlongsideDbContext, PostgresAlongsideDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var folder = options.ResolveDataFolder(builder.Environment.ContentRootPath);
                Directory.CreateDirectory(folder);
                connectionString = new SqliteConnectionStringBuilder
                {
                    DataSource = Path.Combine(folder, "alongside.db"),
                    DefaultTimeout = 30,
                }.ToString();
            }
            builder.Services.AddDbContext<AlongsideDbContext, SqliteAlongsideDbContext>(o => o.UseSqlite(connectionString));
        }
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<AlongsideDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Applies migrations; on SQLite also turns on write-ahead logging (it persists in the file).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
