namespace Alongside.Web.Infrastructure.Notices;

public sealed class EmailOptions
{
    public string FromAddress { get; set; } = "no-reply@alongside.local";
    public string FromName { get; set; } = "Alongside";

    /// <summary>SMTP server; when Host is empty, messages are written as .eml files to PickupFolder.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Relative to the data folder unless rooted.</summary>
    public string PickupFolder { get; set; } = "mail";
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
