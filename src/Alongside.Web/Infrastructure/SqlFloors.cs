using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alongside.Web.Infrastructure;

/// <summary>
/// The floor of any page (bench/scale.sh): one request of the page, sent with the header
/// <see cref="Header"/>, has every SQL command it sends kept under that name; then
/// <c>/bench/floor/sql/{name}</c> sends the same commands, with the same parameter values, through a
/// bare ADO.NET connection of the same provider and reads every row. No EF Core, no page: the
/// page's throughput over the floor's is what EF, the page model and rendering cost. A form's post
/// is a floor too: each row it inserted is inserted again under a new key (so a message posted once
/// is posted again, not refused as a duplicate), and what refers to that row follows the new key.
/// Only in use with <see cref="BenchmarkFloors.Setting"/>.
/// </summary>
public sealed partial class SqlFloors(IConfiguration configuration) : DbCommandInterceptor
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

    /// <summary>EF's insert of one row: <c>INSERT INTO "Table" ("Id", "Other") VALUES (@p0, @p1)</c>.</summary>
    [GeneratedRegex("""INSERT INTO "\w+" \(([^)]*)\)\s*VALUES \(([^)]*)\)""")]
    private static partial Regex Insert();

    private sealed class Recording
    {
        private readonly List<(string Text, DbParameter[] Parameters)> _commands = [];
        /// <summary>The keys of the rows the request inserted (the value given for each "Id").</summary>
        private readonly HashSet<object> _insertedKeys = [];
        private DbProviderFactory? _factory;
        private string? _connectionString;

        public void Add(DbCommand command, string? connectionString)
        {
            lock (_commands)
            {
                _factory ??= DbProviderFactories.GetFactory(command.Connection!);
                _connectionString ??= connectionString;
                var parameters = command.Parameters.Cast<DbParameter>().Select(Copy).ToArray();
                _commands.Add((command.CommandText, parameters));
                foreach (Match insert in Insert().Matches(command.CommandText))
                {
                    var columns = insert.Groups[1].Value.Split(',').Select(c => c.Trim().Trim('"')).ToList();
                    var values = insert.Groups[2].Value.Split(',').Select(v => v.Trim()).ToList();
                    var id = columns.IndexOf("Id");
                    if (id < 0 || id >= values.Count) continue;
                    var key = parameters.FirstOrDefault(p => p.ParameterName.TrimStart('@', ':') == values[id].TrimStart('@', ':'))?.Value;
                    if (key is Guid || key is string s && Guid.TryParse(s, out _)) _insertedKeys.Add(key);
                }
            }
        }

        /// <summary>
        /// The commands again, in one transaction, each inserted row under a new key. Answers the
        /// commands and rows read.
        /// </summary>
        public async Task<string> ReplayAsync(CancellationToken cancel)
        {
            var newKeys = _insertedKeys.ToDictionary(key => key, NewKey);
            await using var connection = _factory!.CreateConnection()!;
            connection.ConnectionString = _connectionString;
            await connection.OpenAsync(cancel);
            Data.SqliteBusyWait.Set(connection); // waits for the write lock as the app's own connections do
            await using var transaction = await connection.BeginTransactionAsync(cancel);
            var rows = 0;
            foreach (var (text, parameters) in _commands)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = text;
                foreach (var parameter in parameters)
                {
                    var copy = Copy(parameter);
                    if (copy.Value is { } value && newKeys.TryGetValue(value, out var newKey)) copy.Value = newKey;
                    command.Parameters.Add(copy);
                }
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
            await transaction.CommitAsync(cancel);
            return $"{_commands.Count} commands, {rows} rows";
        }

        /// <summary>A new key written as the old one was: a Guid, or its text in the same case.</summary>
        private static object NewKey(object key) => key is string text
            ? text.Any(char.IsLower) ? Guid.NewGuid().ToString() : Guid.NewGuid().ToString().ToUpperInvariant()
            : Guid.NewGuid();

        private static readonly MethodInfo ShallowCopy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

        /// <summary>
        /// A parameter exactly as the provider was given it, its value and its type. Npgsql's
        /// parameters copy themselves; Microsoft.Data.Sqlite's do not, so theirs are copied field by
        /// field (a type left to be inferred from the value stays so).
        /// </summary>
        private static DbParameter Copy(DbParameter parameter) =>
            (DbParameter)(parameter is ICloneable cloneable ? cloneable.Clone() : ShallowCopy.Invoke(parameter, null)!);
    }
}
