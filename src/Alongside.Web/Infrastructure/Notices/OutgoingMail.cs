using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Alongside.Web.Infrastructure.Notices;

/// <summary>
/// Turns a queued email into the message that goes out, the same for SMTP and the pickup folder:
/// sender and reply address from settings, a Message-ID on our own domain, Auto-Submitted, and
/// every part encoded as 7-bit text.
/// </summary>
public sealed class OutgoingMail(IOptions<EmailOptions> email, IOptions<PublicAddressOptions> address)
{
    public MimeMessage Build(OutboxMessage m)
    {
        var settings = email.Value;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        if (settings.HasReplyTo) mime.ReplyTo.Add(new MailboxAddress(settings.ReplyToName ?? "", settings.ReplyToAddress!.Trim()));
        mime.To.Add(new MailboxAddress(m.ToName, m.ToAddress));
        mime.Subject = m.Subject;
        // The outbox id, so a retried message keeps the same Message-ID and a receiver can drop the duplicate.
        mime.MessageId = $"{m.Id:N}@{MessageIdDomain(address.Value.PublicBaseUrl, settings.FromAddress)}";
        // RFC 3834: mail a program sent, so auto-responders and out-of-office replies leave it alone.
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Body = new BodyBuilder { TextBody = m.TextBody, HtmlBody = m.HtmlBody }.ToMessageBody();
        // Names and places are often not ASCII ("Zoë", "£"); raw 8-bit text breaks on relays and
        // in .eml readers that expect 7-bit, so each part becomes quoted-printable or base64.
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }

    /// <summary>
    /// The domain after the @ of a Message-ID: the host people reach Alongside at, a name we own;
    /// the sender's domain when that host is not a domain name (localhost, an IP address).
    /// </summary>
    public static string MessageIdDomain(string publicBaseUrl, string fromAddress)
    {
        if (Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var uri) && uri.HostNameType == UriHostNameType.Dns && uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return uri.IdnHost;
        }
        var domain = fromAddress[(fromAddress.LastIndexOf('@') + 1)..].Trim();
        return new IdnMapping().GetAscii(domain.Length > 0 ? domain : "localhost");
    }
}
