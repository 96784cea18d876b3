namespace Alongside.Web.Kernel.Families;

/// <summary>
/// An invitation for a carer to join a family record: a second carer invited by the first,
/// or the carer named in a professional's referral. Only the token's hash is stored.
/// </summary>
public class CarerInvitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Family? Family { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public CarerRelationship? Relationship { get; set; }
    public required string TokenHash { get; set; }
    public Guid InvitedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
}
