using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Infrastructure.Notices;

public sealed class EmailOptions : IValidatableObject
{
    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@alongside.local";
    public string FromName { get; set; } = "Alongside";

    /// <summary>Where replies go (a monitored inbox), when the sender address is not one; optional.</summary>
    public string? ReplyToAddress { get; set; }
    public string? ReplyToName { get; set; }

    public bool HasReplyTo => !string.IsNullOrWhiteSpace(ReplyToAddress);

    /// <summary>SMTP server; when Host is empty, messages are written as .eml files to PickupFolder.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Relative to the data folder unless rooted.</summary>
    public string PickupFolder { get; set; } = "mail";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Smtp.Port is < 1 or > 65535) yield return new ValidationResult("Email:Smtp:Port must be between 1 and 65535", ["Smtp.Port"]);
        if (Smtp.TimeoutSeconds is < 1 or > 600) yield return new ValidationResult("Email:Smtp:TimeoutSeconds must be between 1 and 600", ["Smtp.TimeoutSeconds"]);
        if (!Enum.TryParse<MailKit.Security.SecureSocketOptions>(Smtp.Security, ignoreCase: true, out _))
            yield return new ValidationResult("Email:Smtp:Security must be Auto, None, SslOnConnect, StartTls or StartTlsWhenAvailable", ["Smtp.Security"]);
        if (HasReplyTo && !IsOneAddress(ReplyToAddress!.Trim()))
            yield return new ValidationResult("Email:ReplyToAddress must be one email address, like help@alongside.example.org", [nameof(ReplyToAddress)]);
        if (!string.IsNullOrEmpty(ReplyToName) && !HasReplyTo)
            yield return new ValidationResult("Email:ReplyToName needs Email:ReplyToAddress", [nameof(ReplyToName)]);
        if (ReplyToName is { } name && (name.Length > 100 || name.Any(char.IsControl)))
            yield return new ValidationResult("Email:ReplyToName must be one line of at most 100 characters", [nameof(ReplyToName)]);
    }

    /// <summary>A bare address (no name, no list) that MimeKit reads back unchanged.</summary>
    private static bool IsOneAddress(string value) =>
        new EmailAddressAttribute().IsValid(value)
        && MimeKit.MailboxAddress.TryParse(value, out var parsed)
        && string.Equals(parsed.Address, value, StringComparison.Ordinal);
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>Auto, None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
}
