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

    public async Task OnGetAsync()
    {
        var due = await FamilyMeasures.DueFor(db, User.Id()).OrderBy(d => d.DueAt).ThenBy(d => d.InstrumentId).Take(50)
            .Select(d => new { d.Id, d.InstrumentId, d.Reason, d.DueAt }).ToListAsync();
        Due = due.Select(d => catalogue.Find(d.InstrumentId) is { } i ? new Row(d.Id, i.Name, i.About, d.Reason, d.DueAt) : null)
            .OfType<Row>().ToList();
    }
}
