using Microsoft.EntityFrameworkCore;

namespace Alongside.Tests.Kernel.Rights;

/// <summary>A closed account's row is deleted only when nothing names it: the columns that can, read from the model.</summary>
public sealed class UserReferencesTests
{
    private static IReadOnlyList<(string Table, string Column)> Columns()
    {
        using var db = new SqliteAlongsideDbContext(new DbContextOptionsBuilder<SqliteAlongsideDbContext>().UseSqlite("Data Source=:memory:").Options);
        return UserReferences.Columns(db.Model);
    }

    [Theory]
    [InlineData("Messages", "SenderUserId")] // a foreign key
    [InlineData("AuditEntries", "ActorUserId")] // no foreign key: found by the ...UserId convention
    [InlineData("SafeguardingConcerns", "RaisedByUserId")]
    [InlineData("GroupPosts", "AuthorUserId")]
    [InlineData("UserSessions", "UserId")]
    [InlineData("AspNetUserTokens", "UserId")]
    public void Every_column_that_names_a_person_is_found(string table, string column) =>
        Assert.Contains((table, column), Columns());

    [Fact]
    public void Every_foreign_key_to_a_person_is_among_them()
    {
        using var db = new SqliteAlongsideDbContext(new DbContextOptionsBuilder<SqliteAlongsideDbContext>().UseSqlite("Data Source=:memory:").Options);
        var users = db.Model.FindEntityType(typeof(AppUser))!;
        var keys = db.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(k => k.PrincipalEntityType == users)
            .Select(k => (k.DeclaringEntityType.GetTableName()!, k.Properties.Single().GetColumnName())).ToList();
        Assert.True(keys.Count > 10);
        Assert.All(keys, k => Assert.Contains(k, Columns()));
    }
}
