using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Outcomes;

/// <summary>The questionnaires a family is asked to fill in, oldest first.</summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class MeasuresModel(AlongsideDbContext db, InstrumentCatalogue catalogue) : PageModel
{
    public sealed record Row(Guid Id, string Name, string About, string Reason, DateTimeOffset DueAt);

    public IReadOnlyList<Row> Due { get; private set; } = [];

    /// <summary>What the services working with the family changed because of what families said, newest first.</summary>
    public IReadOnlyList<(string Organisation, string YouSaid, string WeDid)> YouSaidWeDid { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var due = await FamilyMeasures.DueFor(db, User.Id()).OrderBy(d => d.DueAt).ThenBy(d => d.InstrumentId).Take(50)
            .Select(d => new { d.Id, d.InstrumentId, d.Reason, d.DueAt }).ToListAsync();
        Due = due.Select(d => catalogue.Find(d.InstrumentId) is { } i ? new Row(d.Id, i.Name, i.About, d.Reason, d.DueAt) : null)
            .OfType<Row>().ToList();
        var families = db.FamilyIdsCaredForBy(User.Id());
        YouSaidWeDid = (await db.YouSaidWeDid.Where(n => db.FamilyOrganisations.Any(fo => fo.OrganisationId == n.OrganisationId && families.Contains(fo.FamilyId)))
                .OrderByDescending(n => n.PublishedAt).Take(5)
                .Select(n => new { Organisation = db.Organisations.Where(o => o.Id == n.OrganisationId).Select(o => o.Name).First(), n.YouSaid, n.WeDid }).ToListAsync())
            .Select(n => (n.Organisation, n.YouSaid, n.WeDid)).ToList();
    }
}
