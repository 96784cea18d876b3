
namespace Alongside.Web.Features.Account;

/// <summary>Where each kind of person starts after signing in.</summary>
public static class LandingPage
{
    public static async Task<string> ForAsync(AlongsideDbContext db, AppUser user)
    {
        if (await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role != Role.ParentCarer)) return "/staff";
        if (await db.FamilyCarers.AnyAsync(c => c.UserId == user.Id)) return "/family";
        return "/account";
    }
}
