using Microsoft.AspNetCore.Mvc;

namespace Alongside.Web.Features.Outcomes;

/// <summary>"Questionnaires to fill in (2)": a link the family home shows by name, so it needs nothing of this feature.</summary>
public sealed class MeasuresLinkViewComponent(AlongsideDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var due = await FamilyMeasures.DueFor(db, UserClaimsPrincipal.Id()).CountAsync();
        return View("~/Features/Outcomes/_MeasuresLink.cshtml", due);
    }
}
