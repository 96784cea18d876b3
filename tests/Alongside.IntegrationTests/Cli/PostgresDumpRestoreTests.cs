using System.Diagnostics;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alongside.IntegrationTests.Cli;

/// <summary>
/// The PostgreSQL path that Cli/README.md documents: `pg_dump -Fc` of the running database while a
/// writer writes, `pg_restore --single-transaction --exit-on-error` into a new empty database, and
/// every row of every table is there; a second restore into the now full database fails and changes
/// nothing. The app's own `backup` says to use pg_dump rather than pretend.
/// </summary>
public sealed class PostgresDumpRestoreTests(PostgresApp app) : IClassFixture<PostgresApp>, IAsyncLifetime
{
    private readonly string _restored = "alongside_restored_" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        _ = app.Server;
        await DemoSeed.SeedAsync(app.Services);
        await ReportBenchmarkSeed.AddAsync(app.Services, 120);
        await BenchmarkSeed.AddFamiliesAsync(app.Services, 100);
    }

    public async Task DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_restored}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_pg_dump_taken_while_a_writer_writes_restores_every_row_into_an_empty_database()
    {
        var source = new NpgsqlConnectionStringBuilder(await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!)));
        var dump = Path.Combine(app.DataFolder, "alongside.dump");
        await using var writer = new FamilyWriter(app.WithDbAsync);
        await writer.WaitForAsync(5);

        var before = await ReadAsync(source.Database!);
        await RunAsync("pg_dump", source, "-Fc", "-f", dump, source.Database!);
        var written = writer.Written;
        await writer.WaitForAsync(written + 5);
        await writer.StopAsync();
        var after = await ReadAsync(source.Database!);

        await RunAsync("createdb", source, _restored);
        await RunAsync("pg_restore", source, "--no-owner", "--single-transaction", "--exit-on-error", "-d", _restored, dump);

        var restored = await ReadAsync(_restored);
        Assert.Equal(after.Keys.Order(), restored.Keys.Order());
        foreach (var (table, rows) in restored)
        {
            Assert.Subset(after[table], rows);
            Assert.Superset(before[table], rows);
            if (table is not "Families" and not "Children")
            {
                Assert.True(before[table].SetEquals(after[table]), $"{table} changed during the test: only the writer should write");
                Assert.Equal(TableRows.Checksum(after[table]), TableRows.Checksum(rows));
            }
        }
        Assert.True(restored["Families"].Count < after["Families"].Count, "the writer wrote after the dump's snapshot");
        Assert.True(restored["Sessions"].Count > 1000, "a realistic set: the seed's sessions are there");
        Assert.Equal(restored["Families"].Count(f => f.Contains("Written family", StringComparison.Ordinal)),
            restored["Children"].Count(c => c.Contains("Written ", StringComparison.Ordinal)));

        // Into a database that now has rows, the same restore fails as a whole.
        var refused = await RunAsync("pg_restore", source, expectSuccess: false, "--no-owner", "--single-transaction", "--exit-on-error", "-d", _restored, dump);
        Assert.Contains("already exists", refused);
        var unchanged = await ReadAsync(_restored);
        foreach (var (table, rows) in unchanged) Assert.True(restored[table].SetEquals(rows), table);
    }

    private async Task<Dictionary<string, HashSet<string>>> ReadAsync(string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresApp.ServerConnectionString) { Database = database, Pooling = false }.ToString());
        return await TableRows.ReadAsync(connection);
    }

    private static Task<string> RunAsync(string tool, NpgsqlConnectionStringBuilder server, params string[] arguments) =>
        RunAsync(tool, server, expectSuccess: true, arguments);

    /// <summary>Runs a PostgreSQL client tool against the test server; its standard error is the answer.</summary>
    private static async Task<string> RunAsync(string tool, NpgsqlConnectionStringBuilder server, bool expectSuccess, params string[] arguments)
    {
        var debian = $"/usr/lib/postgresql/15/bin/{tool}";
        var start = new ProcessStartInfo(File.Exists(debian) ? debian : tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-h", server.Host!, "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", server.Username!, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        if (server.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(expectSuccess == (process.ExitCode == 0), $"{tool} exited with {process.ExitCode}: {await errors}");
        return await errors;
    }
}
