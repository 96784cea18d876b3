namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// One signed-in browser. The sign-in cookie carries the session's id, and every request checks
/// the row is still open, so signing out (here or everywhere) and a password reset end a copied
/// cookie at once, on every instance.
/// </summary>
public class UserSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The browser's own description of itself, shortened, so a person can tell their devices apart.</summary>
    public string Device { get; set; } = "";
}
