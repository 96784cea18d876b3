using Alongside.IntegrationTests.Support;
using Alongside.Web.Cli;
using Alongside.Web.Data;
using Alongside.Web.Kernel.Families;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Cli;

/// <summary>
/// A backup of the SQLite file taken while a writer writes, restored into an empty database, keeps
/// every row of every table; a restore refuses, changing nothing, a target with rows or a file that
/// is not a backup of this schema.
/// </summary>
public sealed class BackupRestoreTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        _ = app.Server;
        await DemoSeed.SeedAsync(app.Services);
        await ReportBenchmarkSeed.AddAsync(app.Services, 120);
        await BenchmarkSeed.AddFamiliesAsync(app.Services, 100);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_backup_taken_while_a_writer_writes_restores_every_row_into_an_empty_database()
    {
        var folder = Path.Combine(app.DataFolder, "round-trip");
        Directory.CreateDirectory(folder);
        var backup = Path.Combine(folder, "backup.db");
        await using var writer = new FamilyWriter(app.WithDbAsync);
        await writer.WaitForAsync(5);

        var before = await app.WithDbAsync(db => TableRows.ReadAsync(db.Database.GetDbConnection()));
        await app.WithDbAsync(async db => { await SqliteBackup.BackupAsync(db, backup); return 0; });
        var written = writer.Written;
        await writer.WaitForAsync(written + 5); // the writer carried on through the backup
        await writer.StopAsync();
        var after = await app.WithDbAsync(db => TableRows.ReadAsync(db.Database.GetDbConnection()));

        // The target was migrated (as `migrate` or a first start would) but holds no rows.
        var target = Path.Combine(folder, "restored.db");
        await using (var empty = Context(target)) await empty.Database.MigrateAsync();
        RestoreResult result;
        await using (var restoring = Context(target)) result = await SqliteBackup.RestoreAsync(restoring, backup);
        Assert.Null(result.Refusal);

        var restored = await ReadFileAsync(target);
        var file = await ReadFileAsync(backup);
        Assert.Equal(file.Keys.Order(), restored.Keys.Order());
        Assert.Equal(after.Keys.Order(), restored.Keys.Order());
        foreach (var (table, rows) in restored)
        {
            Assert.Equal((file[table].Count, TableRows.Checksum(file[table])), (rows.Count, TableRows.Checksum(rows)));
            Assert.Subset(after[table], rows); // nothing in the copy that the source never had
            Assert.Superset(before[table], rows); // nothing the source had before the backup is lost
            if (table is not "Families" and not "Children")
            {
                Assert.True(before[table].SetEquals(after[table]), $"{table} changed during the test: only the writer should write");
                Assert.Equal(TableRows.Checksum(after[table]), TableRows.Checksum(rows));
            }
        }
        Assert.True(restored["Families"].Count > before["Families"].Count - 1 && restored["Families"].Count < after["Families"].Count,
            $"The backup holds {restored["Families"].Count} families: the writer had made {before["Families"].Count}+ before it and {after["Families"].Count} after");
        Assert.True(restored["Sessions"].Count > 1000, "a realistic set: the seed's sessions are there");
        // The writer adds a family and its child in one transaction: a consistent copy has both or neither.
        await using var check = Context(target);
        Assert.Equal(await check.Families.CountAsync(f => f.Name.StartsWith("Written family")),
            await check.Children.CountAsync(c => c.FirstName.StartsWith("Written")));
        Assert.Equal("wal", Assert.Single(await check.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()));
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_restore_into_a_database_with_rows_changes_nothing()
    {
        var backup = await BackupAsync("into-rows");
        var target = Path.Combine(app.DataFolder, "into-rows", "target.db");
        await using (var seeded = Context(target))
        {
            await seeded.Database.MigrateAsync();
            seeded.Families.Add(new Family { Name = "Already here", CreatedAt = app.Now });
            await seeded.SaveChangesAsync();
        }
        var beforeRestore = await ReadFileAsync(target);

        RestoreResult result;
        await using (var restoring = Context(target)) result = await SqliteBackup.RestoreAsync(restoring, backup);

        Assert.Contains("is not empty (Families hold rows)", result.Refusal);
        var unchanged = await ReadFileAsync(target);
        Assert.Equal(beforeRestore.Keys.Order(), unchanged.Keys.Order());
        foreach (var (table, rows) in unchanged) Assert.True(beforeRestore[table].SetEquals(rows), table);
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_of_this_schema_is_refused_and_the_target_left_alone()
    {
        var folder = Path.Combine(app.DataFolder, "not-a-backup");
        var text = Path.Combine(folder, "notes.db");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(text, "These are not the pages of a database, only some words that go on for long enough. ".PadRight(8192, '.'));
        var other = Path.Combine(folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello')";
            await command.ExecuteNonQueryAsync();
        }
        var older = await BackupAsync("not-a-backup");
        await using (var connection = new SqliteConnection($"Data Source={older};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\")";
            await command.ExecuteNonQueryAsync();
        }
        var target = Path.Combine(folder, "target.db");

        foreach (var (file, reason) in new[]
        {
            (text, "not an Alongside backup: SQLite cannot read it"),
            (other, "not an Alongside backup: it has no migrations history"),
            (older, "The backup is at schema version"),
            (Path.Combine(folder, "missing.db"), "There is no file"),
        })
        {
            await using var restoring = Context(target);
            var result = await SqliteBackup.RestoreAsync(restoring, file);
            Assert.Contains(reason, result.Refusal);
            Assert.False(File.Exists(target), $"{file}: the target is not even created");
        }
    }

    private async Task<string> BackupAsync(string name)
    {
        var folder = Path.Combine(app.DataFolder, name);
        Directory.CreateDirectory(folder);
        var backup = Path.Combine(folder, "backup.db");
        await app.WithDbAsync(async db => { await SqliteBackup.BackupAsync(db, backup); return 0; });
        return backup;
    }

    private static SqliteAlongsideDbContext Context(string file) =>
        new(new DbContextOptionsBuilder<SqliteAlongsideDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options);

    private static async Task<Dictionary<string, HashSet<string>>> ReadFileAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=false");
        return await TableRows.ReadAsync(connection);
    }
}

/// <summary>Adds a family and its child in one transaction, over and over, until stopped: the load a backup runs under.</summary>
internal sealed class FamilyWriter : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _written;

    public FamilyWriter(Func<Func<AlongsideDbContext, Task<int>>, Task<int>> withDb)
    {
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var n = _written;
                await withDb(async db =>
                {
                    var family = new Family { Name = $"Written family {n}", CreatedAt = DateTimeOffset.UnixEpoch.AddDays(n) };
                    db.Families.Add(family);
                    db.Children.Add(new Child { FamilyId = family.Id, FirstName = $"Written {n}", DateOfBirth = new DateOnly(2015, 1, 1) });
                    return await db.SaveChangesAsync();
                });
                Interlocked.Increment(ref _written);
            }
        });
    }

    public int Written => Volatile.Read(ref _written);

    public async Task WaitForAsync(int count)
    {
        for (var waited = 0; Written < count; waited++)
        {
            if (_loop.IsCompleted) await _loop; // a failed writer fails the test
            Assert.True(waited < 600, $"the writer made only {Written} families in 30 s");
            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _loop; }
        catch (Exception) { /* already reported by WaitForAsync or StopAsync */ }
        _stop.Dispose();
    }
}
