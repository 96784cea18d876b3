using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Infrastructure;

public abstract class MigrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    protected TApp App => app;

    [Fact]
    public async Task Migrations_apply_cleanly_and_match_the_model()
    {
        _ = app.Server; // start-up applies the migrations
        var (pending, applied, modelChanged, provider) = await app.WithDbAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync()).ToList(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            db.Database.HasPendingModelChanges(),
            db.Database.ProviderName));
        Assert.Empty(pending);
        Assert.NotEmpty(applied);
        Assert.False(modelChanged, "The model has changes with no migration: add one for each provider.");
        Assert.Contains(app.Provider == "Postgres" ? "Npgsql" : "Sqlite", provider);
    }

    [Fact]
    public async Task Ready_and_live_health_checks_answer_200()
    {
        var client = app.NewBrowser();
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}

public sealed class MigrationTestsOnSqlite(SqliteApp app) : MigrationTests<SqliteApp>(app)
{
    [Fact]
    public async Task Sqlite_runs_in_write_ahead_log_mode()
    {
        _ = App.Server;
        var mode = await App.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public async Task Sqlite_itself_waits_for_the_write_lock_on_every_connection_the_app_opens()
    {
        _ = App.Server;
        var timeout = await App.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            return Convert.ToInt32(await command.ExecuteScalarAsync());
        });
        Assert.Equal(Alongside.Web.Data.SqliteBusyWait.Milliseconds, timeout);
    }

    [Fact]
    public async Task Sqlite_gathers_the_statistics_the_planner_chooses_indexes_by()
    {
        _ = App.Server;
        for (var i = 0; i < 3; i++) await App.CreateParentAsync();
        // A table first filled after the app started is analysed by the next refresh (at the next start or migrate).
        await Alongside.Web.Data.DatabaseSetup.RefreshStatisticsAsync(App.Services);
        var analysed = await App.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT idx AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'FamilyCarers'").ToListAsync());
        Assert.Contains("IX_FamilyCarers_UserId_FamilyId", analysed);
    }
}

public sealed class MigrationTestsOnPostgres(PostgresApp app) : MigrationTests<PostgresApp>(app)
{
    [Fact]
    public async Task Postgres_jit_is_off_on_a_connection_the_app_opens()
    {
        _ = App.Server;
        var jit = await App.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").ToListAsync());
        Assert.Equal("off", Assert.Single(jit));
    }
}
