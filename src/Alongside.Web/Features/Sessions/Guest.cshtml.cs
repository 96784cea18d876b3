using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Alongside.Web.Features.Sessions;

/// <summary>What an invited guest sees: one session's time and how to join. Nothing about the family or the care.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.TokenLinks)]
public sealed class GuestModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public sealed record View(string GuestName, SessionKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Clinician, DeliveryMode Mode, string? VideoLink, string? Place);

    /// <summary>Who sends a guest the way in when no video room was made.</summary>
    public const string Inviter = "The person who invited you";

    public View? Session { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var hash = SecretTokens.Hash(token);
        var now = Now = clock.GetUtcNow();
        Session = await db.SessionGuests
            .Where(g => g.TokenHash == hash && g.RevokedAt == null)
            .Join(db.Sessions, g => g.SessionId, s => s.Id, (g, s) => new { g, s })
            .Where(x => x.s.Status == SessionStatus.Booked && x.s.EndsAt > now)
            .Select(x => new View(x.g.Name, x.s.Kind, x.s.StartsAt, x.s.EndsAt, x.s.Clinician!.DisplayName, x.s.Mode, x.s.VideoLink, x.s.Place))
            .SingleOrDefaultAsync();
        // Expired, taken back, cancelled or never valid all look the same from outside.
        if (Session is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
