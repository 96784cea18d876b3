using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Alongside.IntegrationTests.Support;

/// <summary>
/// The real app over real HTTP (TestServer), on a real database of its own and with a real
/// SMTP listener. One per test class; tests make their own people, so they do not collide.
/// </summary>
public abstract class AlongsideApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public SmtpListener Mail { get; } = new();
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("alongside-test-").FullName;

    public abstract string Provider { get; }
    protected abstract string ConnectionString { get; }

    /// <summary>Settings a test class may change (rate limits, retry timing).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["Database:DataFolder"] = DataFolder,
            ["ConnectionStrings:Alongside"] = ConnectionString,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Outbox:PollSeconds"] = "0.2",
            ["Outbox:FirstRetryDelaySeconds"] = "0.3",
            ["RateLimits:SignInPermitsPerMinute"] = "1000",
            ["RateLimits:AddressPermitsPerMinute"] = "100000",
            ["App:SeedDemoData"] = "false",
            ["Security:RequireStaffTwoFactor"] = "true",
            ["Sessions:VideoRoomBaseUrl"] = "https://video.example.test/room-",
            ["App:PublicBaseUrl"] = "https://alongside.test",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAllAsync();

    protected virtual async Task DisposeAllAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { /* SQLite may still hold the file briefly; it is a temp folder */ }
    }

    /// <summary>The app's own clock (a fake one where a test swaps it): test data is dated by it.</summary>
    public DateTimeOffset Now => Services.GetRequiredService<TimeProvider>().GetUtcNow();

    public HttpClient NewBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>A browser like <see cref="NewBrowser()"/> whose cookies the test can read (to open a live connection as the same session).</summary>
    public HttpClient NewBrowser(CookieContainer cookies) => CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));

    public async Task<T> WithDbAsync<T>(Func<AlongsideDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AlongsideDbContext>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> WithScopeResultAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

public class SqliteApp : AlongsideApp
{
    public override string Provider => "Sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataFolder, "alongside.db")}";
}

/// <summary>
/// A fresh database on the throwaway cluster that the test command starts
/// (ALONGSIDE_TEST_POSTGRES names it). Without it these tests fail, never skip.
/// </summary>
public class PostgresApp : AlongsideApp
{
    private readonly string _database = "alongside_test_" + Guid.NewGuid().ToString("N")[..12];

    public override string Provider => "Postgres";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ALONGSIDE_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "ALONGSIDE_TEST_POSTGRES is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL cluster.");

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ToString();

    public override async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{_database}\"";
        await command.ExecuteNonQueryAsync();
    }
}
