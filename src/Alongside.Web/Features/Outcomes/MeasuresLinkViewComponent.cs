using Microsoft.AspNetCore.Mvc;

namespace Alongside.Web.Features.Outcomes;

/// <summary>"Questionnaires to fill in (2)": a link the family home shows by name, so it needs nothing of this feature.</summary>
public sealed class MeasuresLinkViewComponent(AlongsideDbContext db) : ViewComponent
{
    /// <summary>
    /// A page that has already counted the open questionnaires of the person's families (as
    /// <c>MeasureDue.Open()</c> per family) passes <paramref name="due"/>, saving a round trip; otherwise it is counted here.
    /// </summary>
    public async Task<IViewComponentResult> InvokeAsync(int? due = null)
    {
        var count = due ?? await FamilyMeasures.DueFor(db, UserClaimsPrincipal.Id()).CountAsync();
        return View("~/Features/Outcomes/_MeasuresLink.cshtml", count);
    }
}
