using Alongside.Web.Data.CompiledModels.Postgres;
using Alongside.Web.Data.CompiledModels.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Alongside.IntegrationTests.Infrastructure;

/// <summary>
/// The app runs on compiled models (src/Alongside.Web/Data/README.md). Each must be the model the
/// entity configurations build today: an entity or configuration changed without generating them
/// again fails here, with the lines that differ. The connection strings are never opened.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_SQLite_compiled_model_is_the_model_the_code_builds()
    {
        using var fromCode = new SqliteAlongsideDbContext(new DbContextOptionsBuilder<SqliteAlongsideDbContext>().UseSqlite("Data Source=unused.db").Options);
        using var compiled = new SqliteAlongsideDbContext(new DbContextOptionsBuilder<SqliteAlongsideDbContext>().UseSqlite("Data Source=unused.db")
            .UseModel(SqliteAlongsideDbContextModel.Instance).Options);
        AssertSameShape(fromCode.Model, compiled.Model, typeof(SqliteAlongsideDbContextModel));
    }

    [Fact]
    public void The_PostgreSQL_compiled_model_is_the_model_the_code_builds()
    {
        using var fromCode = new PostgresAlongsideDbContext(new DbContextOptionsBuilder<PostgresAlongsideDbContext>().UseNpgsql("Host=unused").Options);
        using var compiled = new PostgresAlongsideDbContext(new DbContextOptionsBuilder<PostgresAlongsideDbContext>().UseNpgsql("Host=unused")
            .UseModel(PostgresAlongsideDbContextModel.Instance).Options);
        AssertSameShape(fromCode.Model, compiled.Model, typeof(PostgresAlongsideDbContextModel));
    }

    private static void AssertSameShape(IModel fromCode, IModel compiled, Type compiledType)
    {
        // Were the tool's assembly attribute left in, EF would take the compiled model here too and
        // this test would compare it with itself.
        Assert.False(compiledType.IsInstanceOfType(fromCode), "The code-built model is the compiled one: delete the *AssemblyAttributes.cs files under Data/CompiledModels.");
        Assert.IsType(compiledType, compiled);
        var code = Shape(fromCode);
        var built = Shape(compiled);
        var missing = code.Except(built).ToList();
        var extra = built.Except(code).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "Generate the compiled models again (src/Alongside.Web/Data/README.md).\nIn the code, not compiled:\n  "
            + string.Join("\n  ", missing) + "\nCompiled, not in the code:\n  " + string.Join("\n  ", extra));
        Assert.True(code.Count > 500, $"Only {code.Count} lines of shape: the comparison reads too little");
    }

    /// <summary>What queries and saves depend on: tables, columns and their types, keys, relationships, indexes.</summary>
    private static List<string> Shape(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e => (IEnumerable<string>)
        [
            $"{e.Name} table {e.GetTableName()}",
            .. e.GetProperties().Select(p =>
                $"{e.Name}.{p.Name} {p.ClrType.Name} column {p.GetColumnName()} {p.GetColumnType()} null {p.IsNullable} max {p.GetMaxLength()} " +
                $"converter {p.GetValueConverter()?.GetType().Name} generated {p.ValueGenerated} concurrency {p.IsConcurrencyToken}"),
            .. e.GetKeys().Select(k => $"{e.Name} key {Names(k.Properties)} primary {k.IsPrimaryKey()}"),
            .. e.GetForeignKeys().Select(f => $"{e.Name} foreign key {Names(f.Properties)} to {f.PrincipalEntityType.Name} {f.DeleteBehavior} required {f.IsRequired}"),
            .. e.GetNavigations().Select(n => $"{e.Name} navigation {n.Name} to {n.TargetEntityType.Name}"),
            .. e.GetIndexes().Select(i => $"{e.Name} index {i.GetDatabaseName()} {Names(i.Properties)} unique {i.IsUnique} filter {i.GetFilter()}"),
        ]),
    ];

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
