namespace Alongside.Web.Features.PeerSupport;

/// <summary>A supporter the parent said no to for one request: never proposed to them again for it.</summary>
public class PeerSupportDecline
{
    public Guid RequestId { get; set; }
    public Guid SupporterUserId { get; set; }
    public DateTimeOffset DeclinedAt { get; set; }
}
