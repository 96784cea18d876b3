using System.Text.Json;

namespace Alongside.Web.Features.Messages;

/// <summary>
/// "conversations" in the download: every message in the family's threads (with the care team, and
/// with a peer supporter, marked "withPeerSupporter"), both sides, as the
/// thread page shows them; each attachment is a file in the zip under messages/. Two queries
/// for data.json (the attachments' names, then the messages streamed) and one for the files.
/// </summary>
internal sealed class MessageData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 60;

    private IQueryable<MessageAttachment> AttachmentsOf(Guid userId)
    {
        var mine = db.FamilyIdsCaredForBy(userId);
        return db.MessageAttachments.Where(a => db.Messages.Any(m => m.Id == a.MessageId
            && db.MessageThreads.Any(t => t.Id == m.ThreadId && mine.Contains(t.FamilyId))));
    }

    private static string PathOf(Guid attachmentId, string fileName, string contentType) =>
        PersonalDataFiles.PathFor("messages", attachmentId, UploadRules.Download(fileName, contentType).Name);

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var me = subject.UserId;
        var mine = db.FamilyIdsCaredForBy(me);
        var attachments = (await AttachmentsOf(me).Select(a => new { a.Id, a.MessageId, a.FileName, a.ContentType, a.SizeBytes }).ToListAsync(cancellationToken))
            .ToLookup(a => a.MessageId);
        var messages =
            from m in db.Messages
            join t in db.MessageThreads on m.ThreadId equals t.Id
            where mine.Contains(t.FamilyId)
            orderby t.StartedAt, t.Id, m.SentAt
            select new { t.Id, t.Subject, t.StartedAt, Peer = t.PeerSupportRequestId != null, MessageId = m.Id, Sender = m.Sender!.DisplayName, You = m.SenderUserId == me, m.Body, m.SentAt };

        json.WriteStartArray("conversations");
        Guid? thread = null;
        await foreach (var m in messages.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (thread != m.Id)
            {
                if (thread is not null) { json.WriteEndArray(); json.WriteEndObject(); }
                thread = m.Id;
                json.WriteStartObject();
                json.Text("subject", m.Subject);
                json.Instant("startedAt", m.StartedAt);
                json.WriteBoolean("withPeerSupporter", m.Peer);
                json.WriteStartArray("messages");
            }
            json.WriteStartObject();
            json.Text("from", m.Sender);
            json.WriteBoolean("you", m.You);
            json.Instant("sentAt", m.SentAt);
            json.Text("text", m.Body);
            json.WriteStartArray("attachments");
            foreach (var a in attachments[m.MessageId])
            {
                json.WriteStartObject();
                json.Text("file", PathOf(a.Id, a.FileName, a.ContentType));
                json.WriteNumber("bytes", a.SizeBytes);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushIfFullAsync(cancellationToken);
        }
        if (thread is not null) { json.WriteEndArray(); json.WriteEndObject(); }
        json.WriteEndArray();
    }

    public async Task WriteFilesAsync(DataSubject subject, PersonalDataFiles files, CancellationToken cancellationToken)
    {
        // One attachment (at most 5 MB) in memory at a time.
        var content = AttachmentsOf(subject.UserId).OrderBy(a => a.Id).Select(a => new { a.Id, a.FileName, a.ContentType, a.Content }).AsAsyncEnumerable();
        await foreach (var a in content.WithCancellation(cancellationToken))
        {
            await files.AddAsync(PathOf(a.Id, a.FileName, a.ContentType), a.Content, cancellationToken);
        }
    }
}

/// <summary>Closing an account forgets how far the person had read; the messages they sent stay, from "Former member".</summary>
internal sealed class MessageErasure(AlongsideDbContext db) : IAccountErasure
{
    public Task EraseAsync(ClosingAccount account, CancellationToken cancellationToken) =>
        db.MessageThreadReads.Where(r => r.UserId == account.UserId).ExecuteDeleteAsync(cancellationToken);
}
