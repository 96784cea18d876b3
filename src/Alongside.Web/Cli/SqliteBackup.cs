using Microsoft.Data.Sqlite;

namespace Alongside.Web.Cli;

/// <summary>
/// `backup` and `restore` of the SQLite file. PostgreSQL is backed up with its own tools
/// (`pg_dump -Fc`, `pg_restore`; see Cli/README.md): they take one consistent snapshot of a
/// running server, which nothing written here would do better.
/// </summary>
public static class SqliteBackup
{
    private const string History = "__EFMigrationsHistory";

    /// <summary>
    /// A consistent copy of the live database, taken while the app keeps running.
    /// <c>VACUUM INTO</c> rather than the online backup API
    /// (<see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>): both read one snapshot
    /// (in WAL mode writers carry on meanwhile; Microsoft.Data.Sqlite runs the backup API in a
    /// single step, so neither restarts when a writer commits), but <c>VACUUM INTO</c> writes a
    /// compact file with no free pages, in rollback-journal mode so it opens read-only with no
    /// -wal or -shm beside it, and refuses to write over an existing file. The copy is written
    /// under a temporary name and renamed when whole, so a file with the backup's name is never half a backup.
    /// </summary>
    public static async Task BackupAsync(AlongsideDbContext db, string target, CancellationToken cancellationToken = default)
    {
        var partial = target + ".partial";
        File.Delete(partial);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target";
            command.Parameters.AddWithValue("$target", partial);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        File.Move(partial, target);
    }

    /// <summary>
    /// Copies a backup into the app's own database, which must be empty (no file, no tables, or
    /// tables without rows: a database that was only migrated). Nothing is changed when the backup
    /// is not an Alongside backup of this version's schema or the target holds any row; the answer
    /// is then the reason. The copy uses SQLite's backup API, which replaces the target's pages in
    /// one transaction: a failure part way leaves it as it was.
    /// </summary>
    public static async Task<RestoreResult> RestoreAsync(AlongsideDbContext db, string backupFile, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(backupFile)) return RestoreResult.Refused($"There is no file {backupFile}.");
        var expected = db.Database.GetMigrations().ToList();
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backupFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        if (await CheckBackupAsync(source, expected, cancellationToken) is { } notABackup) return RestoreResult.Refused(notABackup);

        var target = (SqliteConnection)db.Database.GetDbConnection();
        var targetFile = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
        if (File.Exists(targetFile) && new FileInfo(targetFile).Length > 0)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                var holding = await TablesWithRowsAsync(target, cancellationToken);
                if (holding.Count > 0)
                {
                    return RestoreResult.Refused($"The database {targetFile} is not empty ({string.Join(", ", holding.Take(5))}{(holding.Count > 5 ? ", …" : "")} hold rows); "
                        + "restore only into an empty database, with the app stopped.");
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            source.BackupDatabase(target);
            // The copy carries the backup's journal mode; the app runs in write-ahead logging.
            await using var wal = target.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken);
            return new RestoreResult(null, await CountRowsAsync(target, cancellationToken));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Null when the file is a whole SQLite database made by this version of Alongside; otherwise why not.</summary>
    private static async Task<string?> CheckBackupAsync(SqliteConnection source, IReadOnlyList<string> expected, CancellationToken cancellationToken)
    {
        List<string> applied;
        try
        {
            await source.OpenAsync(cancellationToken);
            if (!(await TablesAsync(source, cancellationToken)).Contains(History)) return "The file is not an Alongside backup: it has no migrations history.";
            await using var command = source.CreateCommand();
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{History}\" ORDER BY \"MigrationId\"";
            applied = [];
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) applied.Add(reader.GetString(0));
        }
        catch (SqliteException e)
        {
            return $"The file is not an Alongside backup: SQLite cannot read it ({e.Message}).";
        }
        var wanted = expected.Order(StringComparer.Ordinal).ToList();
        if (!applied.SequenceEqual(wanted))
        {
            return $"The backup is at schema version {(applied.Count > 0 ? applied[^1] : "(none)")}, this Alongside at {wanted[^1]}: "
                + "restore it with the version of Alongside that made it (then upgrade with `migrate`).";
        }
        await using var check = source.CreateCommand();
        check.CommandText = "PRAGMA quick_check";
        var verdict = (string?)await check.ExecuteScalarAsync(cancellationToken);
        return verdict == "ok" ? null : $"The backup is damaged: SQLite's check says \"{verdict}\".";
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
        return tables;
    }

    private static async Task<List<string>> TablesWithRowsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var holding = new List<string>();
        foreach (var table in (await TablesAsync(connection, cancellationToken)).Where(t => t != History))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{table}\")";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1) holding.Add(table);
        }
        return holding;
    }

    private static async Task<long> CountRowsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        long rows = 0;
        foreach (var table in await TablesAsync(connection, cancellationToken))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\"";
            rows += Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        return rows;
    }
}

/// <summary>What <see cref="SqliteBackup.RestoreAsync"/> did: the reason it refused, or the rows it restored.</summary>
public sealed record RestoreResult(string? Refusal, long Rows)
{
    public static RestoreResult Refused(string reason) => new(reason, 0);
}
