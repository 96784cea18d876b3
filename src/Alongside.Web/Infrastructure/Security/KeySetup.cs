using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// "DataProtection": the certificate that encrypts the Data Protection keys where they are
/// stored (the database). Without one the keys are stored unencrypted, readable by anyone who
/// can read the database or its backups.
/// </summary>
public sealed class KeyStoreOptions : IValidatableObject
{
    /// <summary>A PKCS#12 (.pfx) file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool ProtectsKeys => !string.IsNullOrWhiteSpace(CertificatePath);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ProtectsKeys && !File.Exists(CertificatePath))
            yield return new ValidationResult($"DataProtection:CertificatePath names no file: \"{CertificatePath}\"", [nameof(CertificatePath)]);
    }

    /// <summary>Loads the certificate, or says which setting is wrong.</summary>
    public X509Certificate2 LoadCertificate()
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(CertificatePath!, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey) throw new OptionsValidationException("DataProtection", typeof(KeyStoreOptions), [$"DataProtection:CertificatePath \"{CertificatePath}\" holds no private key"]);
            return certificate;
        }
        catch (CryptographicException e)
        {
            throw new OptionsValidationException("DataProtection", typeof(KeyStoreOptions),
                [$"DataProtection:CertificatePath \"{CertificatePath}\" could not be read with DataProtection:CertificatePassword ({e.Message})"]);
        }
    }
}

/// <summary>
/// Data Protection (sign-in cookies, form tokens, emailed links) with its keys in the shared
/// database, so that every instance of Alongside can read what another one wrote (ADR 13).
/// </summary>
public static class KeySetup
{
    public const string ApplicationName = "Alongside";

    public static WebApplicationBuilder AddAlongsideKeys(this WebApplicationBuilder builder)
    {
        // Read now, not through options: Data Protection takes the certificate when it is registered.
        var options = builder.Configuration.GetSection("DataProtection").Get<KeyStoreOptions>() ?? new KeyStoreOptions();
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
            throw new OptionsValidationException("DataProtection", typeof(KeyStoreOptions), problems.Select(p => p.ErrorMessage ?? "DataProtection"));

        // The application name, not the content path, isolates the keys: instances installed in
        // different folders still share them.
        var protection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AlongsideDbContext>();
        if (options.ProtectsKeys)
        {
            // Encrypts each new key with the certificate and decrypts with it, with no certificate store involved.
            protection.ProtectKeysWithCertificate(options.LoadCertificate());
        }
        return builder;
    }
}
