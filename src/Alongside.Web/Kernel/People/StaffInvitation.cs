namespace Alongside.Web.Kernel.People;

/// <summary>
/// An organisation admin's invitation for a member of staff. Only a hash of the token is
/// stored, so a leaked database does not leak working invitation links.
/// </summary>
public class StaffInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public Role Role { get; set; }
    public required string TokenHash { get; set; }
    public Guid InvitedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsUsable(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;
}
