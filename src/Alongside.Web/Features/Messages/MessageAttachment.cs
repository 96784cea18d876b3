namespace Alongside.Web.Features.Messages;

/// <summary>A file sent with a message, checked by its bytes and size before it is kept.</summary>
public class MessageAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MessageId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required byte[] Content { get; set; }
}
