using System.Security.Claims;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alongside.Web.Features.Family;

public static class FamilyApi
{
    public static void MapFamilyApi(RouteGroupBuilder api)
    {
        var families = api.MapGroup("/families");
        families.MapGet("/{id:guid}", GetFamily).RequireAuthorization(Policies.SignedIn).WithName("GetFamily")
            .WithSummary("A family's record: for its parents and carers, and staff of organisations working with it")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// A carer reads their own family; a family worker reads families their organisation works
    /// with (audited). Anyone else gets 404, the same as for a family that does not exist.
    /// </summary>
    private static async Task<Results<Ok<FamilyView>, ProblemHttpResult>> GetFamily(
        Guid id, ClaimsPrincipal user, AlongsideDbContext db, AuditLog audit, IAuthorizationService authorization)
    {
        var me = user.Id();
        var own = await db.Families.Where(f => f.Id == id).CaredForBy(db, me).ToView().AsSplitQuery().SingleOrDefaultAsync();
        if (own is not null) return TypedResults.Ok(own);

        if (!(await authorization.AuthorizeAsync(user, Policies.FamilyWorker)).Succeeded) return NotFound();
        var worked = await db.Families.Where(f => f.Id == id).WorkedWithBy(db, me).ToView().AsSplitQuery().SingleOrDefaultAsync();
        if (worked is null) return NotFound();
        await audit.RecordReadAsync("Family", id, id, "Read the family record through the API");
        return TypedResults.Ok(worked);
    }

    // The same problem details whether the family does not exist or is not theirs to read.
    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such family");
}
