using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Features.Organisations;

/// <summary>The organisation an admin page acts for: one the signed-in person is an admin of.</summary>
public sealed record RunOrganisation(Guid Id, string Name, OrganisationKind Kind, IReadOnlyList<Option> All)
{
    /// <summary>
    /// The organisations this person is an admin of, and the one asked for with ?organisation=
    /// (the first by name when none is named). Null when they are not an admin of the one named,
    /// which the page answers with 404: the check is in the query.
    /// </summary>
    public static async Task<RunOrganisation?> FindAsync(AlongsideDbContext db, Guid me, Guid? asked)
    {
        var mine = await db.Memberships.Where(m => m.UserId == me && m.Role == Role.Admin)
            .OrderBy(m => m.Organisation!.Name)
            .Select(m => new { m.OrganisationId, m.Organisation!.Name, m.Organisation.Kind }).ToListAsync();
        var chosen = mine.FirstOrDefault(o => asked is null || o.OrganisationId == asked);
        return chosen is null ? null
            : new RunOrganisation(chosen.OrganisationId, chosen.Name, chosen.Kind, mine.Select(o => new Option(o.OrganisationId.ToString(), o.Name)).ToList());
    }

    /// <summary>The page's address for this organisation, kept in every link and form of the page.</summary>
    public string Link(string path) => $"{path}?organisation={Id}";
}
