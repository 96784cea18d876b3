using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Server-side sessions behind the sign-in cookie: started when the cookie is issued, checked on
/// every request, ended by sign-out, "sign out everywhere", a password change (other browsers) and
/// a password reset (all browsers).
/// </summary>
public sealed class UserSessions(AlongsideDbContext db, TimeProvider clock)
{
    /// <summary>The claim in the sign-in cookie that names its session.</summary>
    public const string Claim = "alongside:sid";

    /// <summary>How stale "last active" may get before a request updates it (saves a write per request).</summary>
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(5);

    public static Guid? Current(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Claim), out var id) ? id : null;

    public async Task<Guid> StartAsync(Guid userId, string? device)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession { UserId = userId, StartedAt = now, LastSeenAt = now, Device = Describe(device) };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>True while the session is open for this user; keeps its "last active" roughly current.</summary>
    public async Task<bool> IsOpenAsync(Guid sessionId, Guid userId)
    {
        var now = clock.GetUtcNow();
        var lastSeen = await db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null)
            .Select(s => (DateTimeOffset?)s.LastSeenAt).SingleOrDefaultAsync();
        if (lastSeen is null) return false;
        if (now - lastSeen.Value > TouchEvery)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now));
        }
        return true;
    }

    public Task EndAsync(Guid sessionId) =>
        db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow()));

    /// <summary>Ends every open session of the person, except the one given (the browser asking).</summary>
    public Task<int> EndAllAsync(Guid userId, Guid? except = null) =>
        db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != except)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow()));

    public Task<List<UserSession>> OpenAsync(Guid userId) =>
        db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null)
            .OrderByDescending(s => s.LastSeenAt).Take(50).ToListAsync();

    private static string Describe(string? userAgent)
    {
        var text = string.IsNullOrWhiteSpace(userAgent) ? "Unknown browser" : new string(userAgent.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return text.Length > 200 ? text[..200] : text;
    }

    /// <summary>Cookie events: a new sign-in starts a session (a refresh keeps its own); each request checks it.</summary>
    public static async Task OnSigningIn(CookieSigningInContext ctx)
    {
        if (ctx.Principal?.Identity is not ClaimsIdentity identity || !Guid.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId)) return;
        var current = ctx.HttpContext.User;
        var kept = current.FindFirstValue(ClaimTypes.NameIdentifier) == userId.ToString() ? Current(current) : null;
        var sessions = ctx.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        var id = kept is { } k && await sessions.IsOpenAsync(k, userId) ? k : await sessions.StartAsync(userId, ctx.Request.Headers.UserAgent);
        identity.AddClaim(new System.Security.Claims.Claim(Claim, id.ToString()));
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext ctx)
    {
        var principal = ctx.Principal;
        var sessionId = principal is null ? null : Current(principal);
        var sessions = ctx.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        if (sessionId is null || !Guid.TryParse(principal!.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !await sessions.IsOpenAsync(sessionId.Value, userId))
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(ctx);
    }
}
