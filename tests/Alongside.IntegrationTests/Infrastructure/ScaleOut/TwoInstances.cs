using Alongside.IntegrationTests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Alongside.IntegrationTests.Infrastructure.ScaleOut;

/// <summary>
/// One instance of Alongside on a database and Redis that other instances share, as behind a
/// load balancer. <paramref name="redis"/> null leaves the backplane out; <paramref name="ownKeys"/>
/// gives it ephemeral Data Protection keys of its own instead of the shared ones; <paramref name="settings"/>
/// are more settings (low rate limits).
/// </summary>
public sealed class Instance(
    string connectionString,
    string? redis,
    bool ownKeys = false,
    int? smtpPort = null,
    IEnumerable<KeyValuePair<string, string?>>? settings = null) : AlongsideApp
{
    public override string Provider => "Postgres";

    protected override string ConnectionString => connectionString;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings
    {
        get
        {
            if (redis is not null) yield return new("Redis:Configuration", redis);
            // Any instance may deliver the shared outbox, so every instance sends to one listener.
            if (smtpPort is { } port) yield return new("Email:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var setting in settings ?? []) yield return setting;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (ownKeys) builder.ConfigureTestServices(s => s.AddDataProtection().UseEphemeralDataProtectionProvider());
    }
}

/// <summary>
/// Instances A and B on one fresh PostgreSQL database (ALONGSIDE_TEST_POSTGRES; without it these
/// tests fail, never skip) and one throwaway Redis; <see cref="Lone"/> shares the database and keys
/// but not Redis; <see cref="Stranger"/> shares the database and Redis but not the keys.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private RedisServer? _redis;

    public Instance A { get; private set; } = null!;
    public Instance B { get; private set; } = null!;
    public Instance Lone { get; private set; } = null!;
    public Instance Stranger { get; private set; } = null!;

    private IEnumerable<Instance> All => new[] { A, B, Lone, Stranger }.Where(i => i is not null);

    public async Task InitializeAsync()
    {
        var shared = await NewDatabaseAsync();
        _redis = await RedisServer.StartAsync();

        // A starts first, migrates, and makes the first key (a form token needs one) before the others read the key ring.
        A = new Instance(shared, _redis.Configuration);
        await A.NewBrowser().GetPageAsync("/account/sign-in");
        B = new Instance(shared, _redis.Configuration, smtpPort: A.Mail.Port);
        Lone = new Instance(shared, redis: null, smtpPort: A.Mail.Port);
        Stranger = new Instance(shared, _redis.Configuration, ownKeys: true, smtpPort: A.Mail.Port);
        foreach (var other in new[] { B, Lone, Stranger }) await other.NewBrowser().GetPageAsync("/health/ready");
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in All) await ((IAsyncLifetime)instance).DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
    }

    /// <summary>A fresh, empty database on the test server; its connection string.</summary>
    public static async Task<string> NewDatabaseAsync()
    {
        var database = "alongside_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{database}\"";
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(PostgresApp.ServerConnectionString) { Database = database }.ToString();
    }
}

/// <summary>
/// Instances A and B sharing one database and one throwaway Redis, and <see cref="Lone"/> on the
/// same database without Redis, all with low rate limits: 3 attempts a minute on one account from
/// one address, 8 sign-in posts a minute from one address, 4 token-link requests a minute. Apart
/// from <see cref="TwoInstances"/> so that its tests are never throttled.
/// </summary>
public sealed class ThrottledInstances : IAsyncLifetime
{
    public const int AccountPermits = 3;
    public const int AddressPermits = 8;
    public const int TokenLinkPermits = 4;

    private static readonly KeyValuePair<string, string?>[] LowLimits =
    [
        new("RateLimits:SignInPermitsPerMinute", AccountPermits.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("RateLimits:AddressPermitsPerMinute", AddressPermits.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("RateLimits:TokenLinkPermitsPerMinute", TokenLinkPermits.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private RedisServer? _redis;

    public Instance A { get; private set; } = null!;
    public Instance B { get; private set; } = null!;
    public Instance Lone { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var shared = await TwoInstances.NewDatabaseAsync();
        _redis = await RedisServer.StartAsync();
        // A migrates and makes the first key before the others start.
        A = new Instance(shared, _redis.Configuration, settings: LowLimits);
        await A.NewBrowser().GetPageAsync("/account/sign-in");
        B = new Instance(shared, _redis.Configuration, settings: LowLimits);
        Lone = new Instance(shared, redis: null, settings: LowLimits);
        foreach (var other in new[] { B, Lone }) await other.NewBrowser().GetPageAsync("/health/ready");
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in new[] { A, B, Lone }.Where(i => i is not null)) await ((IAsyncLifetime)instance).DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
    }
}
