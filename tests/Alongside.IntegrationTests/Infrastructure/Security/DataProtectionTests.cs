using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Infrastructure.Security;

/// <summary>
/// The keys behind sign-in cookies, form tokens and emailed links live in the database, where
/// every instance finds them; with a certificate configured they are encrypted there.
/// </summary>
public abstract class DataProtectionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task Keys_are_kept_in_the_database_and_protect_a_sign_in()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/family")).StatusCode);

        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync());
        Assert.NotEmpty(keys);
        // No certificate configured here: the key is stored as it is (the README says so).
        Assert.All(keys, xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));
    }
}

public sealed class DataProtectionTestsOnSqlite(SqliteApp app) : DataProtectionTests<SqliteApp>(app);

public sealed class DataProtectionTestsOnPostgres(PostgresApp app) : DataProtectionTests<PostgresApp>(app);

/// <summary>A host whose keys are encrypted at rest with a certificate from its settings.</summary>
public sealed class CertificateKeysApp : SqliteApp
{
    public string CertificatePath { get; }

    public CertificateKeysApp()
    {
        CertificatePath = Path.Combine(DataFolder, "keys.pfx");
        File.WriteAllBytes(CertificatePath, KeyCertificates.NewPfx("key-password"));
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("DataProtection:CertificatePath", CertificatePath),
        new("DataProtection:CertificatePassword", "key-password"),
    ];
}

public static class KeyCertificates
{
    /// <summary>A self-signed RSA certificate with its private key, as a password-protected .pfx.</summary>
    public static byte[] NewPfx(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Alongside test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        // Valid by the machine's clock, which is what X.509 checks; the app's test clock may be moved.
        var today = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(today.AddDays(-1), today.AddYears(1));
        return certificate.Export(X509ContentType.Pkcs12, password);
    }
}

public sealed class DataProtectionCertificateTests(CertificateKeysApp app) : IClassFixture<CertificateKeysApp>
{
    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_still_work()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/family")).StatusCode);

        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }
}

public sealed class DataProtectionSettingsTests
{
    private sealed class MissingCertificateApp : SqliteApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("DataProtection:CertificatePath", "/nowhere/keys.pfx")];
    }

    private sealed class WrongPasswordApp : SqliteApp
    {
        private readonly string _path;

        public WrongPasswordApp()
        {
            _path = Path.Combine(DataFolder, "keys.pfx");
            File.WriteAllBytes(_path, KeyCertificates.NewPfx("right"));
        }

        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [new("DataProtection:CertificatePath", _path), new("DataProtection:CertificatePassword", "wrong")];
    }

    [Fact]
    public Task A_certificate_path_naming_no_file_stops_the_app_at_start() =>
        StopsAtStartAsync(new MissingCertificateApp(), "DataProtection:CertificatePath names no file");

    [Fact]
    public Task A_certificate_that_the_password_does_not_open_stops_the_app_at_start() =>
        StopsAtStartAsync(new WrongPasswordApp(), "could not be read with DataProtection:CertificatePassword");

    private static async Task StopsAtStartAsync(AlongsideApp app, string message)
    {
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
            var all = string.Join(" | ", Chain(error).Select(e => e.Message));
            Assert.Contains(message, all, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
    }
}
