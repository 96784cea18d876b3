using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Support;

/// <summary>
/// Every SQL command EF sends to one test app's database, grouped by the DbContext that sent it:
/// one request has one context, so a request's queries can be counted apart from the background
/// jobs'. Only that app's database: test classes run side by side in one process, and another
/// app doing the same thing a moment later was once counted instead.
/// </summary>
public sealed class SqlCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentQueue<(DbContext Context, string Sql)> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;
    private readonly string _database;

    public SqlCounter(AlongsideApp app)
    {
        using (var scope = app.Services.CreateScope())
        {
            _database = Where(scope.ServiceProvider.GetRequiredService<AlongsideDbContext>().Database.GetDbConnection());
        }
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>A database by its server or file and its name, the same before and after the connection opens.</summary>
    private static string Where(DbConnection connection) => connection.DataSource + "|" + connection.Database;

    /// <summary>The commands of the context that sent a command containing <paramref name="marker"/>.</summary>
    public IReadOnlyList<string> CommandsOfContextThatRan(string marker)
    {
        var all = _commands.ToArray();
        var context = all.Last(c => c.Sql.Contains(marker, StringComparison.Ordinal)).Context;
        return all.Where(c => ReferenceEquals(c.Context, context)).Select(c => c.Sql).ToList();
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions) _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Context: { } context } data
            && data.Command.Connection is { } connection && Where(connection) == _database)
        {
            _commands.Enqueue((context, data.Command.CommandText));
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
    }
}
