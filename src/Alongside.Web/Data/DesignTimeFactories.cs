using Microsoft.EntityFrameworkCore.Design;

namespace Alongside.Web.Data;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAlongsideDbContext>
{
    public SqliteAlongsideDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAlongsideDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAlongsideDbContext>
{
    public PostgresAlongsideDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAlongsideDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
