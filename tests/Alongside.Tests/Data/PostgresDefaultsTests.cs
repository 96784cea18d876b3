using Alongside.Web.Data;
using Npgsql;

namespace Alongside.Tests.Data;

public sealed class PostgresDefaultsTests
{
    [Theory]
    [InlineData("Host=db;Database=alongside", null, "-c jit=off")]
    [InlineData("Host=db;Database=alongside;Options=", null, "-c jit=off")]
    [InlineData("Host=db;Database=alongside;Options=-c search_path=care", null, "-c search_path=care -c jit=off")]
    [InlineData("Host=db;Database=alongside;Options=-c jit_above_cost=500000", null, "-c jit_above_cost=500000 -c jit=off")]
    [InlineData("Host=db;Database=alongside;Options=-c JIT=on", null, "-c JIT=on")]
    [InlineData("Host=db;Database=alongside;Options=--jit=on", null, "--jit=on")]
    // PGOPTIONS counts only where the connection string has no Options, as in Npgsql.
    [InlineData("Host=db;Database=alongside", "-c statement_timeout=5s", "-c statement_timeout=5s -c jit=off")]
    [InlineData("Host=db;Database=alongside", "-c jit=on", null)] // left for Npgsql to send PGOPTIONS itself
    [InlineData("Host=db;Database=alongside;Options=-c search_path=care", "-c jit=on", "-c search_path=care -c jit=off")]
    public void The_apps_connections_run_without_jit_unless_their_options_set_it(string configured, string? environment, string? options)
    {
        var applied = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithJitOff(configured, environment));
        Assert.Equal(options, applied.Options);
        Assert.Equal("db", applied.Host);
        Assert.Equal("alongside", applied.Database);
    }
}
