using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alongside.Web.Data;

/// <summary>
/// SQLite lets one writer in at a time. When a write finds another under way, Microsoft.Data.Sqlite
/// retries it after a fixed sleep of its own (150 ms), so two people saving at once cost the second
/// a sixth of a second. SQLite's own busy handler, set here on each connection as it opens, waits in
/// steps of 1 to 100 ms instead and takes the lock as soon as it is free; the library's retry stays
/// behind it for a wait longer than this (each statement may wait this long again before the
/// command's own timeout is looked at).
/// </summary>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    /// <summary>How long SQLite itself waits for the lock before handing the wait back to the library.</summary>
    public const int Milliseconds = 5_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A setting of the connection handle, not a statement: nothing is sent, and a pooled connection
    /// that already has it is given it again at no cost. Also for connections the app opens itself (SqlFloors).
    /// </summary>
    public static void Set(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
    }
}
