using System.Security.Claims;
using System.Text.Json;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// Where a self-referral's answers wait until it is sent: against the account when signed
/// in, otherwise against a random token in a cookie (only its hash is stored). A draft made
/// before signing in is taken over by the account on the next visit.
/// </summary>
public sealed class SelfReferralDrafts(AlongsideDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public const string CookieName = "alongside.draft";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private HttpContext Http => http.HttpContext ?? throw new InvalidOperationException("No request");

    private Guid? UserId =>
        Guid.TryParse(Http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public async Task<ReferralDraft?> FindAsync()
    {
        var userId = UserId;
        if (userId is not null)
        {
            var own = await db.ReferralDrafts.FirstOrDefaultAsync(d => d.UserId == userId);
            if (own is not null) return own;
        }
        var hash = CookieHash();
        if (hash is null) return null;
        var draft = await db.ReferralDrafts.FirstOrDefaultAsync(d => d.TokenHash == hash && d.UserId == null);
        if (draft is not null && userId is not null)
        {
            draft.UserId = userId;
            draft.TokenHash = null;
            await db.SaveChangesAsync();
        }
        return draft;
    }

    public async Task<ReferralDraft> FindOrCreateAsync()
    {
        var draft = await FindAsync();
        if (draft is not null) return draft;
        draft = new ReferralDraft { UserId = UserId, UpdatedAt = clock.GetUtcNow() };
        if (draft.UserId is null)
        {
            var (token, hash) = SecretTokens.New();
            draft.TokenHash = hash;
            Http.Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = Http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                MaxAge = Lifetime,
                IsEssential = true,
            });
        }
        db.ReferralDrafts.Add(draft);
        return draft;
    }

    public static Dictionary<string, string> Answers(ReferralDraft? draft) =>
        draft is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(draft.AnswersJson) ?? [];

    public void Save(ReferralDraft draft, Dictionary<string, string> answers)
    {
        draft.AnswersJson = JsonSerializer.Serialize(answers);
        draft.UpdatedAt = clock.GetUtcNow();
    }

    public void ForgetCookie() => Http.Response.Cookies.Delete(CookieName);

    private string? CookieHash() =>
        Http.Request.Cookies.TryGetValue(CookieName, out var token) && token is { Length: > 20 and < 100 } ? SecretTokens.Hash(token) : null;
}
