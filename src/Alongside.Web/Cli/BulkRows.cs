using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alongside.Web.Cli;

/// <summary>
/// Writes rows of one entity type with a single prepared INSERT, for seeds of millions of rows
/// where EF Core's change tracker costs more than the writing. Columns, conversions and
/// parameter types come from the EF model (the same type mappings SaveChanges uses), so a value
/// is stored exactly as EF would store it (on SQLite: instants as UTC ticks, enums as names).
/// The caller owns the connection and transaction.
/// </summary>
internal sealed class BulkRows<T> : IBulkRows where T : class
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, string Name)[] _columns;

    public long Written { get; private set; }

    public BulkRows(DbContext db)
    {
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
        _command.Parameters.Clear();
        foreach (var (property, mapping, name) in _columns)
        {
            _command.Parameters.Add(mapping.CreateParameter(_command, name, property.GetGetter().GetClrValue(row), property.IsNullable));
        }
        await _command.ExecuteNonQueryAsync();
        Written++;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}

internal interface IBulkRows : IAsyncDisposable
{
    long Written { get; }

    /// <summary>Follows the caller to a new transaction after a commit.</summary>
    void Use(DbTransaction? transaction);
}
