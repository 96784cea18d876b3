namespace Alongside.Web.Features.PeerSupport;

/// <summary>One contact of 1:1 peer support. The parent sees date, mode, topics and signposting; the supporter's note is for them and their supervisor.</summary>
public class PeerContact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public Guid SupporterUserId { get; set; }
    public DateOnly Date { get; set; }
    public ContactMode Mode { get; set; }
    public required string Topics { get; set; }
    public string? SupporterNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
