namespace Alongside.Web.Features.PeerSupport.LocalHelp;

/// <summary>A postcode area ("M") or district ("SK1") a local help entry serves.</summary>
public class LocalHelpArea
{
    public Guid EntryId { get; set; }
    public required string Code { get; set; }
}
