namespace Alongside.Web.Features.Sessions;

/// <summary>
/// Someone a parent invited to one session (a grandparent, a nanny, a partner). The emailed link
/// shows that session's time and video link only, and stops working when the session ends or
/// the invitation is revoked. Only the token's hash is stored.
/// </summary>
public class SessionGuest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string TokenHash { get; set; }
    public Guid InvitedByUserId { get; set; }
    public DateTimeOffset InvitedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
