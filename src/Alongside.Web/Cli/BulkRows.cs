using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alongside.Web.Cli;

/// <summary>
/// Writes rows of one entity type with a single INSERT, for seeds of millions of rows where EF
/// Core's change tracker costs more than the writing. Columns, conversions and parameter types
/// come from the EF model (the same type mappings SaveChanges uses), so a value is stored exactly
/// as EF would store it (on SQLite: instants as UTC ticks, enums as names). The caller owns the
/// connection and transaction; the rows of all tables go through one <see cref="BulkBatch"/>, in
/// the order they are added, so a row always follows the rows it refers to.
/// </summary>
internal sealed class BulkRows<T> : IBulkRows where T : class
{
    private readonly DbCommand _command;
    private readonly BulkBatch _batch;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, string Name)[] _columns;

    public long Written { get; private set; }

    public BulkRows(DbContext db, BulkBatch batch)
    {
        _batch = batch;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        // Shadow properties have no value on the object: they are left to the column's default.
        _columns = [.. entity.GetProperties().Where(p => !p.IsShadowProperty())
            .Select((p, i) => (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), $"@p{i}"))];
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", _columns.Select(c => c.Name))})";
    }

    public void Use(DbTransaction? transaction) => _command.Transaction = transaction;

    public async Task AddAsync(T row)
    {
        Written++;
        if (_batch.Waits)
        {
            // The command only makes the parameters here; they go with the batch.
            var insert = _batch.Add(_command.CommandText);
            foreach (var (property, mapping, name) in _columns)
            {
                insert.Parameters.Add(mapping.CreateParameter(_command, name, property.GetGetter().GetClrValue(row), property.IsNullable));
            }
            await _batch.SendWhenFullAsync();
            return;
        }
        _command.Parameters.Clear();
        foreach (var (property, mapping, name) in _columns)
        {
            _command.Parameters.Add(mapping.CreateParameter(_command, name, property.GetGetter().GetClrValue(row), property.IsNullable));
        }
        await _command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}

internal interface IBulkRows : IAsyncDisposable
{
    long Written { get; }

    /// <summary>Follows the caller to a new transaction after a commit.</summary>
    void Use(DbTransaction? transaction);
}

/// <summary>
/// Where a seed's INSERTs wait to be sent. On PostgreSQL each statement sent alone costs a round
/// trip, which was most of a seed's time (10,000 families took 485 s), so they wait in one batch,
/// sent whole every <see cref="Size"/> rows and before each commit. On SQLite, in the process, each
/// runs as it comes.
/// </summary>
internal sealed class BulkBatch(DbContext db)
{
    public const int Size = 1_000;

    private readonly DbConnection _connection = db.Database.GetDbConnection();
    private DbTransaction? _transaction = db.Database.CurrentTransaction?.GetDbTransaction();
    private DbBatch? _waiting;

    /// <summary>Whether rows wait here (the provider sends a batch in one round trip) or run as they come.</summary>
    public bool Waits { get; } = db.Database.GetDbConnection().CanCreateBatch;

    public DbBatchCommand Add(string sql)
    {
        _waiting ??= _connection.CreateBatch();
        _waiting.Transaction = _transaction;
        var command = _waiting.CreateBatchCommand();
        command.CommandText = sql;
        _waiting.BatchCommands.Add(command);
        return command;
    }

    public async Task SendWhenFullAsync()
    {
        if (_waiting?.BatchCommands.Count >= Size) await SendAsync();
    }

    /// <summary>Sends what waits; a seed calls it before each commit.</summary>
    public async Task SendAsync()
    {
        if (_waiting is not { BatchCommands.Count: > 0 } batch) return;
        _waiting = null;
        await using (batch) await batch.ExecuteNonQueryAsync();
    }

    /// <summary>Follows the seed to a new transaction after a commit.</summary>
    public void Use(DbTransaction? transaction) => _transaction = transaction;
}
