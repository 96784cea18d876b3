using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Infrastructure.Notices;

public sealed class EmailOptions : IValidatableObject
{
    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@alongside.local";
    public string FromName { get; set; } = "Alongside";

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
    }
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
