using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// The instruments this installation knows, and whether each can be offered: a published one only
/// once the organisation has imported its own wording. One query.
/// </summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class InstrumentsModel(Instruments instruments) : PageModel
{
    public IReadOnlyList<(Instrument Definition, bool Offered)> All { get; private set; } = [];

    public async Task OnGetAsync() =>
        All = (await instruments.AllAsync()).Select(i => (i.Definition, i.Offerable is not null)).ToList();
}
