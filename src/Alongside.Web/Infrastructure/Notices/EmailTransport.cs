using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Alongside.Web.Infrastructure.Notices;

/// <summary>Where outgoing mail goes: an SMTP server, or .eml files when none is configured.</summary>
public abstract class EmailTransport
{
    public abstract Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : EmailTransport
{
    public override async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var parsed)
            ? parsed
            : SecureSocketOptions.Auto;
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set"), smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

public sealed class PickupFolderEmailTransport(string folder, TimeProvider clock) : EmailTransport
{
    public string Folder { get; } = folder;

    public override async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Folder, name), cancellationToken);
    }
}
