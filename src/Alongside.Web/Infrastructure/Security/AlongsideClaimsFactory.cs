using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>Puts the person's roles and two-factor state into the sign-in cookie.</summary>
public sealed class AlongsideClaimsFactory(
    UserManager<AppUser> userManager,
    IOptions<IdentityOptions> options,
    AlongsideDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var roles = await db.Memberships.Where(m => m.UserId == user.Id)
            .Select(m => m.Role).Distinct().ToListAsync();
        // Carers are parents wherever they are, whether or not an organisation lists them.
        if (!roles.Contains(Role.ParentCarer) && await db.FamilyCarers.AnyAsync(c => c.UserId == user.Id))
        {
            roles.Add(Role.ParentCarer);
        }
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(AlongsideClaims.Role, role.ToString()));
        }
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AlongsideClaims.TwoFactor, "true"));
        }
        if (user.PlatformAdmin)
        {
            identity.AddClaim(new Claim(AlongsideClaims.PlatformAdmin, "true"));
        }
        if (!user.EmailConfirmed)
        {
            identity.AddClaim(new Claim(AlongsideClaims.Unconfirmed, "true"));
        }
        identity.AddClaim(new Claim(AlongsideClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
