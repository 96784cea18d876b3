using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alongside.Web.Infrastructure;

/// <summary>
/// The floor of any page (bench/scale.sh): one request of the page, sent with the header
/// <see cref="Header"/>, has every SQL command it sends kept under that name; then
/// <c>/bench/floor/sql/{name}</c> sends the same commands, with the same parameter values, through a
/// bare ADO.NET connection of the same provider and reads every row. No EF Core, no page: the
/// page's throughput over the floor's is what EF, the page model and rendering cost. Only in use
/// with <see cref="BenchmarkFloors.Setting"/>.
/// </summary>
public sealed class SqlFloors(IConfiguration configuration) : DbCommandInterceptor
{
    public const string Header = "X-Floor-Record";

    private static readonly AsyncLocal<Recording?> Current = new();
    private readonly ConcurrentDictionary<string, Recording> _recordings = new(StringComparer.Ordinal);

    /// <summary>Whether the contexts should call this at all: read once, when the settings are whole.</summary>
    public bool On { get; } = configuration.GetValue<bool>(BenchmarkFloors.Setting);

    public static WebApplication Map(WebApplication app)
    {
        if (BenchmarkFloors.Group(app) is not { } floors) return app;
        var recorder = app.Services.GetRequiredService<SqlFloors>();
        // Before the pages, so the request's own commands are the ones kept.
        app.Use(async (http, next) =>
        {
            if (http.Request.Headers[Header].ToString() is not { Length: > 0 } name)
            {
                await next(http);
                return;
            }
            var recording = new Recording();
            Current.Value = recording;
            try { await next(http); }
            finally { Current.Value = null; }
            recorder._recordings[name] = recording;
        });
        floors.MapGet("/sql/{name}", async (string name, CancellationToken cancel) =>
            recorder._recordings.TryGetValue(name, out var recording)
                ? Results.Text(await recording.ReplayAsync(cancel))
                : Results.NotFound()).RequireAuthorization();
        return app;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Keep(command, eventData, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Keep(command, eventData, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Keep(command, eventData, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Keep(command, eventData, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Keep(command, eventData, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Keep(command, eventData, result));

    private static T Keep<T>(DbCommand command, CommandEventData eventData, T result)
    {
        if (Current.Value is { } recording) recording.Add(command, eventData.Context?.Database.GetConnectionString());
        return result;
    }

    private sealed class Recording
    {
        private readonly List<(string Text, DbParameter[] Parameters)> _commands = [];
        private DbProviderFactory? _factory;
        private string? _connectionString;

        public void Add(DbCommand command, string? connectionString)
        {
            lock (_commands)
            {
                _factory ??= DbProviderFactories.GetFactory(command.Connection!);
                _connectionString ??= connectionString;
                _commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(Copy)]));
            }
        }

        /// <summary>
        /// The commands again, in one transaction that is rolled back: what a GET writes (a read
        /// receipt) is sent, not kept. Answers the commands and rows read.
        /// </summary>
        public async Task<string> ReplayAsync(CancellationToken cancel)
        {
            await using var connection = _factory!.CreateConnection()!;
            connection.ConnectionString = _connectionString;
            await connection.OpenAsync(cancel);
            await using var transaction = await connection.BeginTransactionAsync(cancel);
            var rows = 0;
            foreach (var (text, parameters) in _commands)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = text;
                command.Parameters.AddRange(parameters.Select(Copy).ToArray());
                await using var reader = await command.ExecuteReaderAsync(cancel);
                do
                {
                    while (await reader.ReadAsync(cancel))
                    {
                        rows++;
                        for (var i = 0; i < reader.FieldCount; i++) reader.GetValue(i);
                    }
                } while (await reader.NextResultAsync(cancel));
            }
            await transaction.RollbackAsync(cancel);
            return $"{_commands.Count} commands, {rows} rows";
        }

        private static readonly MethodInfo ShallowCopy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

        /// <summary>
        /// A parameter exactly as the provider was given it (its value and its type, set or left to
        /// be inferred). Npgsql's parameters copy themselves; Microsoft.Data.Sqlite's do not, and a copy
        /// through their public setters would fix a type the original left to the value.
        /// </summary>
        private static DbParameter Copy(DbParameter parameter) =>
            (DbParameter)(parameter is ICloneable cloneable ? cloneable.Clone() : ShallowCopy.Invoke(parameter, null)!);
    }
}
