using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Alongside.IntegrationTests.Infrastructure;

/// <summary>The app with a reply address set, as a service with a monitored inbox would run it.</summary>
public sealed class ReplyToSqliteApp : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Email:ReplyToAddress", "help@alongside.test"), new("Email:ReplyToName", "Alongside helpdesk")];
}

public sealed class ReplyToPostgresApp : PostgresApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Email:ReplyToAddress", "help@alongside.test"), new("Email:ReplyToName", "Alongside helpdesk")];
}

/// <summary>
/// An email as it leaves, read back with MimeKit: over SMTP (the listener offers 8BITMIME, so
/// nothing but the app stops raw 8-bit text) and as a pickup-folder .eml file. Names with accents,
/// pound signs and curly apostrophes must arrive exactly, in 7-bit parts.
/// </summary>
public abstract class EmailMessageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Group = "Café é £ ’s group";
    private const string Name = "Zoë O’Brien";

    [Fact]
    public async Task Non_ascii_subject_and_body_arrive_exactly_in_seven_bit_parts_with_the_services_headers()
    {
        _ = app.Server;
        var email = People.NewEmail("encoding");
        var notice = new WelcomeNotice(Group, Guid.CreateVersion7());
        var expected = await app.WithScopeResultAsync(async sp =>
        {
            await sp.GetRequiredService<Notices>().SendAsync(new Recipient(email, Name), notice);
            await sp.GetRequiredService<AlongsideDbContext>().SaveChangesAsync();
            return sp.GetRequiredService<NoticeRenderer>().Render(notice, Name); // no account at this address: no choices line
        });

        var overSmtp = await app.Mail.WaitForAsync(email, "Welcome to");
        var row = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == email));
        AssertReadsBack(overSmtp, expected, row.Id);

        // The pickup folder gets the same message when no SMTP server is set.
        var folder = Path.Combine(app.DataFolder, "pickup-" + Guid.NewGuid().ToString("N")[..8]);
        var built = app.Services.GetRequiredService<OutgoingMail>().Build(row);
        await new PickupFolderEmailTransport(folder, TimeProvider.System).SendAsync(built, CancellationToken.None);
        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        Assert.All(await File.ReadAllBytesAsync(file), b => Assert.True(b < 0x80, $"byte 0x{b:x2} in the .eml file"));
        AssertReadsBack(await MimeMessage.LoadAsync(file), expected, row.Id);
    }

    private static void AssertReadsBack(MimeMessage mail, RenderedNotice expected, Guid outboxId)
    {
        Assert.Equal($"Welcome to {Group}", mail.Subject);
        Assert.Equal(expected.Text, (mail.TextBody ?? "").ReplaceLineEndings("\n"));
        Assert.Equal(expected.Html, (mail.HtmlBody ?? "").ReplaceLineEndings("\n"));
        Assert.Equal(Name, mail.To.Mailboxes.Single().Name);

        // RFC 2047: the subject header itself is plain ASCII, an encoded word.
        var rawSubject = mail.Headers.First(h => h.Id == HeaderId.Subject).RawValue;
        Assert.All(rawSubject, b => Assert.True(b < 0x80, "raw 8-bit byte in the Subject header"));
        Assert.Contains("=?utf-8?", System.Text.Encoding.ASCII.GetString(rawSubject), StringComparison.OrdinalIgnoreCase);

        var parts = mail.BodyParts.OfType<TextPart>().ToList();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Contains(p.ContentTransferEncoding, new[] { ContentEncoding.QuotedPrintable, ContentEncoding.Base64 }));
        using var written = new MemoryStream();
        mail.WriteTo(written);
        Assert.All(written.ToArray(), b => Assert.True(b < 0x80, $"byte 0x{b:x2} in the message"));

        // Our own domain (App:PublicBaseUrl's host), the outbox id so a retry keeps it; a program sent it; replies go to the helpdesk.
        Assert.Equal($"{outboxId:N}@alongside.test", mail.MessageId);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        var replyTo = Assert.Single(mail.ReplyTo.Mailboxes);
        Assert.Equal(("Alongside helpdesk", "help@alongside.test"), (replyTo.Name, replyTo.Address));
    }
}

public sealed class EmailMessageTestsOnSqlite(ReplyToSqliteApp app) : EmailMessageTests<ReplyToSqliteApp>(app);

public sealed class EmailMessageTestsOnPostgres(ReplyToPostgresApp app) : EmailMessageTests<ReplyToPostgresApp>(app);
