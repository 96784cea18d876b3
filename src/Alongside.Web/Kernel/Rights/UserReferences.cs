using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alongside.Web.Kernel.Rights;

/// <summary>
/// Every column in the model that names a person: each foreign key to the users table, and each
/// id column called <c>...UserId</c> (the house convention for the many that have no foreign key,
/// such as an audit entry's actor or a referral's sender). Read from the model, so a table added
/// later is covered without anyone remembering to list it here. A closed account's row is
/// deleted only when none of these names it any more.
/// </summary>
public static class UserReferences
{
    private static readonly ConditionalWeakTable<IModel, string> Sql = [];

    /// <summary>(table, column) pairs, for the tests and the log.</summary>
    public static IReadOnlyList<(string Table, string Column)> Columns(IModel model)
    {
        var relational = model.GetRelationalModel();
        var users = UsersTable(model);
        var found = new HashSet<(string, string)>();
        foreach (var table in relational.Tables.Where(t => t != users))
        {
            foreach (var fk in table.ForeignKeyConstraints.Where(fk => fk.PrincipalTable == users && fk.Columns.Count == 1))
            {
                found.Add((table.Name, fk.Columns[0].Name));
            }
            foreach (var column in table.Columns.Where(c => c.Name.EndsWith("UserId", StringComparison.Ordinal)
                         && c.PropertyMappings.Any(p => (Nullable.GetUnderlyingType(p.Property.ClrType) ?? p.Property.ClrType) == typeof(Guid))))
            {
                found.Add((table.Name, column.Name));
            }
        }
        return found.OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Item2, StringComparer.Ordinal).ToList();
    }

    /// <summary>A composable query for users rows that no column of <see cref="Columns"/> names.</summary>
    public static string UnreferencedUsersSql(AlongsideDbContext db) =>
        Sql.GetValue(db.Model, model =>
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var users = UsersTable(model);
            var id = sql.DelimitIdentifier(users.PrimaryKey!.Columns.Single().Name);
            var checks = Columns(model).Select(c =>
                $"NOT EXISTS (SELECT 1 FROM {sql.DelimitIdentifier(c.Table)} AS r WHERE r.{sql.DelimitIdentifier(c.Column)} = u.{id})");
            return $"SELECT u.* FROM {sql.DelimitIdentifier(users.Name, users.Schema)} AS u WHERE {string.Join(" AND ", checks)}";
        });

    private static ITable UsersTable(IModel model) =>
        model.FindEntityType(typeof(AppUser))!.GetTableMappings().Single().Table;
}
