namespace Alongside.Web.Kernel.Care;

/// <summary>A document sent with a referral, checked by content and size before it is kept.</summary>
public class ReferralDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
