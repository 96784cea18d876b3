namespace Alongside.Web.Features.Groups;

/// <summary>A peer supporter of the group's organisation who runs the group.</summary>
public class PeerGroupFacilitator
{
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
}
