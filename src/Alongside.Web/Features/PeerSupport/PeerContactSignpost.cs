namespace Alongside.Web.Features.PeerSupport;

/// <summary>A local help entry given to a parent during a contact.</summary>
public class PeerContactSignpost
{
    public Guid ContactId { get; set; }
    public Guid LocalHelpId { get; set; }
}
