using Alongside.Web.Data;
using Npgsql;

namespace Alongside.Tests.Data;

public sealed class PostgresDefaultsTests
{
    [Theory]
    [InlineData("Host=db;Database=alongside", "-c jit=off")]
    [InlineData("Host=db;Database=alongside;Options=-c search_path=care", "-c search_path=care -c jit=off")]
    [InlineData("Host=db;Database=alongside;Options=-c jit=on", "-c jit=on")]
    public void The_apps_connections_run_without_jit_unless_the_options_say(string configured, string options)
    {
        var applied = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPostgresDefaults(configured));
        Assert.Equal(options, applied.Options);
        Assert.Equal("db", applied.Host);
        Assert.Equal("alongside", applied.Database);
    }
}
