using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alongside.IntegrationTests.Support;

/// <summary>
/// Every SQL command EF sends, grouped by the DbContext that sent it: one request has one
/// context, so a request's queries can be counted apart from the background jobs' (and other
/// test classes', which share the process).
/// </summary>
public sealed class SqlCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentQueue<(DbContext Context, string Sql)> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;

    public SqlCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);

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
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Context: { } context } data)
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
