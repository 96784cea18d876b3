using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alongside.Web.Features.Account;

public static class AccountApi
{
    public sealed record MeDto(Guid Id, string DisplayName, string Email, bool TwoFactorEnabled, IReadOnlyList<MembershipDto> Memberships);

    public sealed record MembershipDto(Guid OrganisationId, string Organisation, string Role);

    public static void MapAccountApi(RouteGroupBuilder api) =>
        api.MapGet("/me", GetMe).RequireAuthorization(Policies.SignedIn).WithName("GetMe")
            .WithSummary("The signed-in person: name, email, two-factor and organisation roles");

    private static async Task<Ok<MeDto>> GetMe(System.Security.Claims.ClaimsPrincipal user, AlongsideDbContext db)
    {
        var me = user.Id();
        var dto = await db.Users.Where(u => u.Id == me)
            .Select(u => new MeDto(u.Id, u.DisplayName, u.Email!, u.TwoFactorEnabled,
                u.Memberships.OrderBy(m => m.Organisation!.Name)
                    .Select(m => new MembershipDto(m.OrganisationId, m.Organisation!.Name, m.Role.ToString())).ToList()))
            .SingleAsync();
        return TypedResults.Ok(dto);
    }
}
